import { consentKeyword } from './opt-out-keywords';

describe('consentKeyword', () => {
  it.each(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT'])('reads %s as an opt-out', (word) => {
    expect(consentKeyword(word)).toBe('opt_out');
    expect(consentKeyword(word.toLowerCase())).toBe('opt_out');
  });

  it.each(['Stop please', '  stop  ', 'STOP.', 'Stop!!!', '"stop"', 'stop🙏', 'Stop\nthanks', 'ＳＴＯＰ'])(
    'reads %j as an opt-out',
    (text) => {
      expect(consentKeyword(text)).toBe('opt_out');
    },
  );

  it.each(['START', 'start', 'Start again', 'UNSTOP'])('reads %j as an opt-in', (text) => {
    expect(consentKeyword(text)).toBe('opt_in');
  });

  it.each(['HELP', 'help?', 'Help me'])('reads %j as a request for help', (text) => {
    expect(consentKeyword(text)).toBe('help');
  });

  it.each(["don't stop", 'Please stop', 'stopping by later', 'Thanks, paid', '', '   ', '🙏', 'S T O P'])(
    'reads %j as no keyword',
    (text) => {
      expect(consentKeyword(text)).toBeNull();
    },
  );
});
