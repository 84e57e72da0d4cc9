import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ProblemView } from '@/components/ProblemView.tsx';
import { QuizRunner } from '@/components/QuizRunner.tsx';
import { query } from '@/lib/api.ts';
import type { LearnerQuestion } from '@/lib/quiz.ts';

export const metadata: Metadata = { title: 'Quick quiz' };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const GENERATE = `query Quiz($input: GenerateQuestionsInput, $about: ID!, $hasAbout: Boolean!) {
  generateQuestions(input: $input) { id type prompt selectMany options { id text } }
  about: node(id: $about) @include(if: $hasAbout) {
    ... on Actor { name }
    ... on Source { title }
    ... on Collection { name }
  }
}`;

interface Data {
  generateQuestions: (LearnerQuestion | null)[] | null;
  about?: { name?: string | null; title?: string | null } | null;
}

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
  const result = await query<Data>(GENERATE, {
    input,
    about: about ?? '',
    hasAbout: Boolean(about),
  });
  if (!result.ok) return <ProblemView problem={result.problem} retryHref="/quiz/new" />;
  const questions = (result.data.generateQuestions ?? []).filter(
    (q): q is LearnerQuestion => q !== null,
  );
  const topic = result.data.about?.name ?? result.data.about?.title;
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
