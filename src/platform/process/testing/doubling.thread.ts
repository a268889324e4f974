import { answerRequests } from '../worker-thread';

/** A thread for WorkerThread's tests: doubles a number, refuses "refuse", and stops at "stop". */
answerRequests<number | 'refuse' | 'stop', number>((request) => {
  if (request === 'refuse') throw new Error('refused by the thread');
  if (request === 'stop') process.exit(3);
  return request * 2;
});
