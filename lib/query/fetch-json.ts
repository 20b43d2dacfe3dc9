// The one way client components call Herald's JSON routes: passes the abort signal and turns the
// API's error shape into a thrown ApiError with code, message and field details. The internal routes
// send the English sentence and its common.errors `key`; ApiError.message is the key when there is
// one, so islands translate it with useErrorText.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export async function fetchJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: {
      Accept: "application/json",
      ...(init.body ? { "Content-Type": "application/json" } : {}),
      ...init.headers,
    },
  });
  if (!response.ok) throw await toApiError(response);
  return (response.status === 204 ? null : await response.json().catch(() => null)) as T;
}

/** The ApiError a refused response carries (the JSON error shape, or the status text). */
export async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (
    body as {
      error?: { code?: string; message?: string; key?: string; details?: Record<string, string[]> };
    } | null
  )?.error;
  return new ApiError(
    response.status,
    error?.code ?? "HTTP_ERROR",
    error?.key ?? error?.message ?? response.statusText,
    error?.details,
  );
}
