/**
 * One Server-Sent Events message. `event` is null when the frame carried no `event:` field
 * (the SSE default type "message"); `data` joins multiple `data:` lines with "\n";
 * `id` is present only when the frame carried an `id:` field.
 */
export interface SseFrame {
  event: string | null;
  data: string;
  id?: string;
}
