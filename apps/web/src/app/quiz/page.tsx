import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ProblemView } from '@/components/ProblemView.tsx';
import { QuizRunner } from '@/components/QuizRunner.tsx';
import { request } from '@/lib/api.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { problemOf } from '@/lib/problems.ts';
import { askable } from '@/lib/quiz.ts';

export const metadata: Metadata = { title: 'Quick quiz' };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const Quiz = graphql(`
  query Quiz($input: GenerateQuestionsInput, $about: ID!, $hasAbout: Boolean!) {
    generateQuestions(input: $input) { id type prompt selectMany options { id text } }
    about: node(id: $about) @include(if: $hasAbout) {
      ... on Actor { name }
      ... on Source { title }
      ... on Collection { name }
    }
  }
`);

export default async function QuizPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const count = Math.min(Math.max(Number(one(params.count)) || 5, 1), 50);
  const actor = one(params.actor);
  const source = one(params.source);
  const collection = one(params.collection);
  const seed = one(params.seed);
  const again = new URLSearchParams({ count: String(count) });
  if (actor) again.set('actor', actor);
  if (source) again.set('source', source);
  if (collection) again.set('collection', collection);
  if (!seed) redirect(`/quiz/new?${again}`);
  const about = actor ?? source ?? collection;
  const input = {
    count,
    seed,
    ...(actor ? { actors: [actor] } : {}),
    ...(source ? { sources: [source] } : {}),
    ...(collection ? { collection } : {}),
  };
  let data: ResultOf<typeof Quiz>;
  try {
    data = await request(Quiz, { input, about: about ?? '', hasAbout: Boolean(about) });
  } catch (error) {
    return <ProblemView problem={problemOf(error)} retryHref="/quiz/new" />;
  }
  const questions = (data.generateQuestions ?? []).flatMap(askable);
  const named = data.about;
  const topic =
    named && 'name' in named ? named.name : named && 'title' in named ? named.title : null;
  const title = topic ? `Quiz: ${topic}` : 'Quick quiz';
  if (questions.length === 0)
    return (
      <section className="notice">
        <h1>{title}</h1>
        <p>There are no questions to ask about this yet. Try a quick quiz on everything.</p>
        <a href="/quiz/new">Start a quick quiz</a>
      </section>
    );
  return (
    <QuizRunner
      title={title}
      quizKey={`${seed}:${count}:${actor ?? ''}:${source ?? ''}:${collection ?? ''}`}
      questions={questions}
      input={input}
      newQuizHref={`/quiz/new?${again}`}
    />
  );
}
