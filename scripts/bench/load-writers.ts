// The load test's writers, in a process of their own: `tsx scripts/bench/load-writers.ts <database
// url> <start at, epoch ms> <seconds>` records activities with every bench liaison from the start
// time for that long, then prints one JSON line of what happened. Apart from the readers' HTTP
// client because a synchronous SQLite write blocks the process it runs in: in the same process the
// readers' responses waited for the writers to stop, and the test measured the client, not the app.
import { createDb } from "../../src/server/db-client";
import { writers } from "./writers";

export type WriterResult = { writes: number; errors: number; latencies: number[]; messages: string[] };

async function main() {
  const [url, startAt, seconds] = process.argv.slice(2);
  const db = createDb(url);
  const writer = await writers(db);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  const end = Number(startAt) + Number(seconds) * 1000;
  const result: WriterResult = { writes: 0, errors: 0, latencies: [], messages: [] };
  const loop = async (w: number) => {
    while (Date.now() < end) {
      const t = performance.now();
      try {
        await writer.write(w);
        result.latencies.push(performance.now() - t);
      } catch (error) {
        result.errors += 1;
        const message = String(error instanceof Error ? error.message : error).slice(0, 160);
        if (!result.messages.includes(message)) result.messages.push(message);
      }
      result.writes += 1;
    }
  };
  await Promise.all(Array.from({ length: writer.count }, (_, w) => loop(w)));
  await db.$disconnect();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
