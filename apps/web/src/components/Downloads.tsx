import { exportFormats } from '@/lib/sets.ts';

/**
 * The set's export files, each with what it leaves out or changes (the API's export notes):
 * a teacher should not find out in Kahoot that a question is missing.
 */
export function Downloads({
  setId,
  notes,
  headingLevel = 2,
}: {
  setId: string;
  notes: Partial<Record<(typeof exportFormats)[number]['format'], string[]>>;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading>Download</Heading>
      <ul>
        {exportFormats.map((f) => {
          const said = notes[f.format] ?? [];
          return (
            <li key={f.path}>
              <a href={`/export/${encodeURIComponent(setId)}/${f.path}`} download>
                {f.label}
              </a>
              {said.length ? (
                <ul className="export-notes" aria-label={`What the ${f.label} file leaves out`}>
                  {said.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
