import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttemptRunner } from '@/components/AttemptRunner.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { query } from '@/lib/api.ts';
import { namesNothing } from '@/lib/missing.ts';
import { SHARED_RULES_FIELDS, type SharedRules } from '@/lib/rules.ts';

export const metadata: Metadata = { title: 'Question set' };

interface Data {
  sharedQuestionSet:
    | (SharedRules & {
        slug: string;
        title: string;
        description: string | null;
        questionCount: number;
      })
    | null;
}

export default async function SharedSetPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug);
  const result = await query<Data>(
    `query ($slug: String!) { sharedQuestionSet(slug: $slug) { slug title description questionCount ${SHARED_RULES_FIELDS} } }`,
    { slug },
  );
  if (!result.ok && namesNothing(result.problem)) notFound();
  if (!result.ok) return <ProblemView problem={result.problem} retryHref={`/s/${slug}`} />;
  const set = result.data.sharedQuestionSet;
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
