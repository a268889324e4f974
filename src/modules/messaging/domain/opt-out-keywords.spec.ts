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

  it.each(['START', 'start', 'Start!', 'UNSTOP'])('reads %j as an opt-in', (text) => {
    expect(consentKeyword(text)).toBe('opt_in');
  });

  it.each(['HELP', 'help?', ' Help. '])('reads %j as a request for help', (text) => {
    expect(consentKeyword(text)).toBe('help');
  });

  it.each([
    'Cancel that invoice please',
    'End of month I will pay',
    'Quit texting me at work?',
    'Start date?',
    'Help me',
  ])('does not read everyday English %j as a keyword: only STOP words count with more after them', (text) => {
    expect(consentKeyword(text)).toBeNull();
  });

  it.each(["don't stop", 'Please stop', 'stopping by later', 'Thanks, paid', '', '   ', '🙏', 'S T O P'])(
    'reads %j as no keyword',
    (text) => {
      expect(consentKeyword(text)).toBeNull();
    },
  );
});
