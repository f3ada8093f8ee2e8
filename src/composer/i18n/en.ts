/** English, the composer's built-in language (always bundled): data (its plural categories, then one text per message key), decoded on first use (see src/i18n/decode.ts). */
export const en =
  'one other\n' +
  'Question\n' +
  'Ask a question\n' +
  'Answers\n' +
  'Answer {0}\n' +
  'Add answer\n' +
  'Remove answer {0}\n' +
  'Move answer {0} up\n' +
  'Move answer {0} down\n' +
  'Moved to position {0} of {1}.\n' +
  'Answer {0} removed.\n' +
  'A poll has at most 10 answers.\n' +
  '{n} line was not added: a poll has at most 10 answers.|{n} lines were not added: a poll has at most 10 answers.\n' +
  '{n} character left|{n} characters left\n' +
  'The same as answer {0}.\n' +
  'Empty answers are left out.\n' +
  'Settings\n' +
  'Allow several answers\n' +
  'Anonymous poll\n' +
  'Allow changing the vote\n' +
  'Post poll\n' +
  'Posting…\n' +
  'Bitrix24 is still posting the poll. Please wait…\n' +
  'No chat is set for this poll.\n' +
  'Write a question to post the poll.\n' +
  'Write at least two answers to post the poll.\n' +
  'Two answers are the same. Change one of them to post the poll.\n' +
  'Preview\n' +
  'Anonymous poll\n' +
  'Public poll\n' +
  'The poll was posted in the chat.\n' +
  'Create another poll\n' +
  'Post again\n' +
  'The poll may have been posted. Look in the chat before you post it again; posting again from here will not post it twice.\n' +
  'Bitrix24 did not post the poll. Check that you may write in this chat, then try again.\n' +
  'You cannot post polls in this chat.\n' +
  'This chat was not found, or you are not a member of it.\n' +
  'This integration cannot look up chats (the “im” scope is missing). Add the scope, or set chat-id instead of dialog-id.';
