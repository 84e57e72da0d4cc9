import { TextField } from '@/components/TextField.tsx';

export default function Home() {
  return (
    <>
      <h1>Learn what the news actually said</h1>
      <p className="lede">
        Attest quizzes you on who did, said or plans what, and backs every answer with the exact
        quote from the news text it comes from.
      </p>

      <section className="card" aria-labelledby="quick-quiz">
        <h2 id="quick-quiz">Quick quiz</h2>
        <p className="muted">
          Questions on the knowledge base: five news texts about NATO's planned liaison office in
          Tokyo (2023–2024).
        </p>
        <form action="/quiz/new" method="get" className="row">
          <div className="field">
            <label htmlFor="count">Number of questions</label>
            <select id="count" name="count" defaultValue="5">
              <option value="5">5</option>
              <option value="10">10</option>
              <option value="20">20</option>
            </select>
          </div>
          <div className="field">
            <button type="submit">Start the quiz</button>
          </div>
        </form>
        <p className="muted">
          Or quiz yourself on one <a href="/actors">person or country</a> or one{' '}
          <a href="/sources">source</a>.
        </p>
      </section>

      <section className="card" aria-labelledby="shared">
        <h2 id="shared">Got a link from your teacher?</h2>
        <form action="/s" method="get" className="row">
          <TextField id="code" label="Set link or code" name="code" autoComplete="off" required />
          <div className="field">
            <button type="submit" className="secondary">
              Open the set
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="browse">
        <h2 id="browse">Browse the knowledge</h2>
        <ul>
          <li>
            <a href="/sources">Sources</a>: the news texts, with the quoted passages marked.
          </li>
          <li>
            <a href="/actors">Actors</a>: what each person, country or group did and said.
          </li>
          <li>
            <a href="/disputes">Where sources disagree</a>: dates, facts and numbers that conflict.
          </li>
          <li>
            <a href="/studio">Studio</a>: build a question set and share it with a class.
          </li>
        </ul>
      </section>
    </>
  );
}
