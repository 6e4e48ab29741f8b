import { ApiError, toApiError } from '../../../lib/api.ts';

/** A same-origin fetch whose network failure and refusal are ApiErrors like the rest. */
export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', ...init });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** The name a Content-Disposition gives: the UTF-8 `filename*` (a Chinese name) over the ASCII `filename`. */
function fileNameOf(disposition: string): string | undefined {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // A malformed escape: the ASCII name below still names the file.
    }
  }
  return /filename="?([^";]+)"?/.exec(disposition)?.[1];
}

/**
 * Saves the file a GET answers (an export, a template) under the server's name. Fetched
 * rather than opened as a link so a refusal (too many rows, no permission) shows as a message
 * instead of a JSON page; resolves to the file's name.
 */
export async function download(path: string, query: Record<string, string | boolean | undefined> = {}, fallbackName = 'export.xlsx'): Promise<string> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  const response = await send(search ? `${path}?${search}` : path);
  const name = fileNameOf(response.headers.get('content-disposition') ?? '') ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
