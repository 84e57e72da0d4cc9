import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttemptRunner } from '@/components/AttemptRunner.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { request } from '@/lib/api.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { namesNothing } from '@/lib/missing.ts';
import { problemOf } from '@/lib/problems.ts';
import { SharedRulesFields } from '@/lib/rules.ts';

export const metadata: Metadata = { title: 'Question set' };

const SharedSet = graphql(
  `
  query SharedSet($slug: String!) {
    sharedQuestionSet(slug: $slug) {
      slug @_required title @_required description questionCount @_required
      ...SharedRulesFields
    }
  }
`,
  [SharedRulesFields],
);

export default async function SharedSetPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  let data: ResultOf<typeof SharedSet>;
  try {
    data = await request(SharedSet, { slug });
  } catch (error) {
    const problem = problemOf(error);
    if (namesNothing(problem)) notFound();
    return <ProblemView problem={problem} retryHref={`/s/${slug}`} />;
  }
  const set = data.sharedQuestionSet;
  if (!set) notFound();
  return (
    <AttemptRunner
      slug={set.slug}
      title={set.title}
      description={set.description ?? ''}
      questionCount={set.questionCount}
      rules={set}
    />
  );
}
