/**
 * The import worker: reads and checks a reader's file off the page's thread, so that a big file
 * never freezes the page. Only passes messages; the work is `answer` in parse.ts. Started by
 * parse-in-worker.ts, which Vite sees and builds this file for as a module worker.
 */
import { answer, type ParseRequest, type ParseResponse } from './parse.ts';

/** The part of a dedicated worker's global scope used here (the DOM library types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseResponse): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void answer(event.data).then((response) => scope.postMessage(response));
};
