/** Settle's answers to the keywords contacts text, in GSM-7 and one part each for usual names. */
export const KeywordReplies = {
  optedOut: (business: string) =>
    `You will no longer receive texts from ${business}. Reply START to receive them again.`,
  optedIn: (business: string) => `You will receive texts from ${business} again. Reply STOP to stop them.`,
  help: (business: string) =>
    `${business}: reply to this text to reach us about your invoice. Reply STOP to stop texts, START to resume.`,
};
