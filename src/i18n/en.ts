/** English, the built-in language (always bundled): data (its plural categories, then one text per message key), decoded on first use (see decode.ts). */
export const en =
  'one other\n' +
  'Loading poll…\n' +
  'Vote\n' +
  'Voting…\n' +
  'Change vote\n' +
  'Keep my vote\n' +
  'Withdraw vote\n' +
  'Withdrawing…\n' +
  'Close poll\n' +
  'Close this poll? Nobody will be able to vote or change their vote.\n' +
  'Yes, close poll\n' +
  'Reopen poll\n' +
  'Cancel\n' +
  'Please wait…\n' +
  'Full results\n' +
  'Download results\n' +
  'required\n' +
  'Questions marked * need an answer.\n' +
  'your choice\n' +
  '{n} vote|{n} votes\n' +
  '{n} person voted|{n} people voted\n' +
  'No votes yet\n' +
  'Anonymous poll\n' +
  'Public poll\n' +
  'Votes cannot be changed in this poll.\n' +
  'Poll closed\n' +
  'Your vote counted. Only the poll’s author can see the results.\n' +
  'Your vote counted.\n' +
  'Your vote was withdrawn.\n' +
  'The poll is closed.\n' +
  'The poll is open again.\n' +
  'You cannot vote in this poll.\n' +
  'Show who voted for {0}\n' +
  'Hide voters\n' +
  'Voted for {0}\n' +
  'Show more\n' +
  'Loading voters…\n' +
  'Try again\n' +
  'This poll was not found. It may have been deleted.\n' +
  'You do not have access to this poll.\n' +
  'This poll is closed; votes are no longer accepted.\n' +
  'You have already voted in this poll.\n' +
  'Please answer the required question “{0}”.\n' +
  'Please check your answer to “{0}”.\n' +
  'Please choose an answer.\n' +
  'Bitrix24 is busy right now. Please try again in a moment.\n' +
  'Could not reach Bitrix24. Check your connection and try again.\n' +
  'You are offline. The poll will load when the connection is back.\n' +
  'Bitrix24 took too long to answer. Please try again.\n' +
  'Bitrix24 sent an answer that could not be read. Please try again.\n' +
  'Your Bitrix24 session has expired. Please sign in again.\n' +
  'Bitrix24 did not accept the credentials of this page.\n' +
  'This integration is not allowed to use polls (the “vote” scope is missing).\n' +
  'This poll is not set up correctly: {0}\n' +
  'This poll cannot connect to Bitrix24: no connection is configured.\n' +
  'Something went wrong. Please try again.\n' +
  'Part of this poll could not be loaded. Please reload the page.\n' +
  'Your selection is kept.\n' +
  '{n} voted\n' +
  'Only the poll’s author can see the results.\n' +
  'Some of those who voted for {0}\n' +
  'and {n} more\n' +
  'Bitrix24 user\n' +
  'Bitrix24 is busy; your vote is waiting and will be sent shortly.\n' +
  'Saving…';
