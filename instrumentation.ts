// Validates the configuration when the server boots, so a bad setting stops Herald at start-up
// with a clear message instead of failing on the first request that reads it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/env");
}
