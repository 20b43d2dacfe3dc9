// A signed-in session through the real sign-in: next-auth's CSRF token, then its credentials callback,
// as the sign-in form does. Used by the fuzz run (the /api/internal routes) and the pages bench.
/** Signs in as the sign-in form does; returns the session's cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/dashboard` }),
  });
  keep(callback);
  await callback.text();
  if (![...jar.keys()].some((name) => name.endsWith("authjs.session-token"))) {
    throw new Error(`Sign-in failed: ${callback.status} ${callback.headers.get("location")}`);
  }
  return cookie();
}
