// Consumer snippet of @openphone-sdk/calls (see README.md): compiled, never run.
import {
  createClient,
  getCallRecordings,
  getCallTranscript,
  type ListCallsParams,
  type ListCallsResponse,
  listCalls,
  paginate,
} from "@openphone-sdk/calls";

const client = createClient({ apiKey: "key" });

export async function callsSnippet(): Promise<number> {
  const params: ListCallsParams = { phoneNumberId: "PN1", participants: ["+15555550100"], maxResults: 10 };
  const page: ListCallsResponse = await listCalls(client, { ...params, createdAfter: "2024-01-01T00:00:00Z" });
  let seconds = 0;
  for (const call of page.data) {
    seconds += call.duration;
    const answered: string | null = call.answeredAt;
    if (call.status === "completed" && answered) seconds += 0;
    const direction: "incoming" | "outgoing" = call.direction;
    void direction;
  }
  for await (const call of paginate(listCalls, client, params)) seconds += call.duration;
  const next: string | null = page.nextPageToken;
  const recordings = await getCallRecordings(client, { callId: "AC1" });
  for (const recording of recordings.data) if (recording.url) seconds += recording.duration ?? 0;
  const transcript = await getCallTranscript(client, { id: "AC1" });
  const lines: number = transcript.data.dialogue?.length ?? 0;
  return seconds + lines + (next ? 1 : 0);
}
