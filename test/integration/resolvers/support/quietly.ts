/** Runs a call whose expected warnings (Jira down on purpose) would only clutter the test output. */
export async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    return await run();
  } finally {
    warn.mockRestore();
  }
}
