import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * The require hook Settle runs its TypeScript with. A thread started from TypeScript loads its
 * file through it: under Jest the process has no hook of its own for the thread to inherit.
 */
const TYPESCRIPT_HOOK = join(__dirname, '..', '..', '..', 'scripts', 'swc-register.js');

interface Request<T> {
  id: number;
  body: T;
}

type Answer<T> = { id: number; body: T; error?: undefined } | { id: number; error: string };

interface Waiting<T> {
  worker: Worker;
  resolve(body: T): void;
  reject(error: Error): void;
}

/**
 * A thread for CPU-bound work, so that it runs beside the main thread rather than on it. The file
 * it runs answers requests with `answerRequests`. The thread starts on the first request and keeps
 * the process alive only while a request waits; should it die, the requests it held fail and the
 * next request starts a new one.
 */
export class WorkerThread<RequestBody, AnswerBody> {
  private worker: Worker | null = null;
  private lastId = 0;
  private readonly waiting = new Map<number, Waiting<AnswerBody>>();

  constructor(private readonly file: string) {}

  request(body: RequestBody): Promise<AnswerBody> {
    const worker = this.worker ?? this.start();
    this.lastId += 1;
    const id = this.lastId;
    return new Promise<AnswerBody>((resolve, reject) => {
      worker.ref();
      this.waiting.set(id, { worker, resolve, reject });
      worker.postMessage({ id, body } satisfies Request<RequestBody>);
    });
  }

  /** Stops the thread; requests still waiting fail at once. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.failAll(worker, new Error(`${this.file} was closed`));
    await worker.terminate();
  }

  private start(): Worker {
    const worker = this.file.endsWith('.ts')
      ? new Worker(`require(${JSON.stringify(TYPESCRIPT_HOOK)}); require(${JSON.stringify(this.file)});`, {
          eval: true,
        })
      : new Worker(this.file);
    worker.unref();
    worker.on('message', (answer: Answer<AnswerBody>) => this.settle(worker, answer));
    worker.on('error', (error) => this.failAll(worker, error));
    worker.on('exit', (code) => this.failAll(worker, new Error(`${this.file} stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(worker: Worker, answer: Answer<AnswerBody>): void {
    const waiting = this.waiting.get(answer.id);
    this.waiting.delete(answer.id);
    if (![...this.waiting.values()].some((other) => other.worker === worker)) worker.unref();
    if (answer.error !== undefined) waiting?.reject(new Error(answer.error));
    else waiting?.resolve(answer.body);
  }

  private failAll(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const [id, waiting] of this.waiting) {
      if (waiting.worker !== worker) continue;
      this.waiting.delete(id);
      waiting.reject(error);
    }
  }
}

/** The thread's side of WorkerThread: answers each request with `answer`'s result, or its error. */
export function answerRequests<RequestBody, AnswerBody>(answer: (body: RequestBody) => AnswerBody): void {
  const port = parentPort;
  if (!port) throw new Error('answerRequests runs in a worker thread, started by WorkerThread');
  port.on('message', ({ id, body }: Request<RequestBody>) => {
    let reply: Answer<AnswerBody>;
    try {
      reply = { id, body: answer(body) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
