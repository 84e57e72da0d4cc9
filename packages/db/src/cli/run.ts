/** Runs a command-line task: prints its result, or its error's message (no stack) and exits 1. */
export async function runCli(task: () => Promise<string>): Promise<void> {
  try {
    console.log(await task());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
