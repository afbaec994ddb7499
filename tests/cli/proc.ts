// Test helpers reading Linux /proc: a process's parent and session, and the niceness of each of its threads (what the
// serve tests check of the API and extraction processes).
import { readdirSync, readFileSync } from 'node:fs';

/** A process's parent and session ids (/proc/PID/stat, fields 4 and 6), or null once it is gone. */
export function processIds(pid: number): { ppid: number; sid: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return { ppid: Number(fields[1]), sid: Number(fields[3]) };
  } catch {
    return null;
  }
}

/** Each thread of process `pid` with its niceness (Linux: /proc/PID/task/TID/stat, field 19). */
export function threadNiceness(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    out.set(Number(tid), Number(fields[16]));
  }
  return out;
}
