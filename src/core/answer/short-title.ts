/**
 * Short titles for list lines. Several report tasks open with the long name of an EU cohesion programme objective
 * ("Eiropas Savienības kohēzijas politikas programmas 2021.–2027. gadam 4.3.6. specifiskā atbalsta mērķa “…”"),
 * which says nothing about the task; the measure it names ("4.3.6.5. pasākums “…”") does.
 */
import type { ReportTask } from '../knowledge/model.js';
import { shorten } from './words.js';

const BOILERPLATE = /^Eiropas Savienības/u;
const NAMED_MEASURE = /(\d+\.\d+\.\d+\.\d+\.)\s*pasākum\p{L}*\s*“([^”]+)”/gu;

export function reportTaskTitle(task: ReportTask, max = 140): string {
  if (BOILERPLATE.test(task.text)) {
    const named = [...task.text.matchAll(NAMED_MEASURE)].at(-1);
    if (named) return shorten(`${named[1]} pasākums “${named[2]}”`, max);
  }
  return shorten(task.text, max);
}
