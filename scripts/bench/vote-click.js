// The user's vote in a bench page (the element's or a floor's, found with the same part names): click the first
// answer, let a frame pass, click Vote.
/* global requestAnimationFrame */

/** Clicks the first `[part~="answer"]`, waits a frame, clicks `[part~="vote-button"]` (puppeteer `page`). */
export async function clickFirstAnswerAndVote(page) {
  const answer = await page.$('pierce/[part~="answer"]');
  if (!answer) throw new Error('no [part~="answer"] to click');
  await answer.click();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  const vote = await page.$('pierce/[part~="vote-button"]');
  if (!vote) throw new Error('no [part~="vote-button"] to click');
  await vote.click();
}
