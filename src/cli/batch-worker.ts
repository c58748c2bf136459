/** A batch worker thread: loads the resources once, then answers each item with its output line. */
import { parentPort } from 'node:worker_threads';
import { annotateItem, type BatchItem } from './batch-record';
import { nodeResources } from './resources';

if (!parentPort) throw new Error('batch-worker runs as a worker thread');
const port = parentPort;
// Loaded before the first item is answered; the items sent meanwhile wait in the port's queue.
nodeResources();
port.on('message', ({ seq, item }: { seq: number; item: BatchItem }) => {
  port.postMessage({ seq, out: annotateItem(item) });
});
