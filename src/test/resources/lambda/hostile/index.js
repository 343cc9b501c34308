// Handlers that misbehave in the ways Node's Lambda runtime has an answer for; the event's action picks one.
'use strict';

const kept = [];

exports.handler = async event => {
  switch (event.action) {
    case 'echo':
      return { echo: event.value };
    case 'throwNull':
      throw null;
    case 'throwUndefined':
      throw undefined;
    case 'neverSettles':
      // nothing pending: the loop empties while this promise waits for ever
      return new Promise(() => {});
    case 'exhaustHeap':
      // a leak that grows one task at a time, so the heap runs out between tasks as often as inside one
      return new Promise(() => {
        const grow = () => {
          for (let i = 0; i < 200; i++) kept.push(new Array(1000).fill(i));
          setImmediate(grow);
        };
        grow();
      });
    default:
      throw new Error('unknown action ' + event.action);
  }
};
