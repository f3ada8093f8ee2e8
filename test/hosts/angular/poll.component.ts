// The Angular recipe of the README, type-checked by `ngc` (strict templates) against the package's own types:
// `node scripts/check-host-types.js` (tsconfig.json here maps `b24-attached-vote` to the sources).
import { Component, CUSTOM_ELEMENTS_SCHEMA, input, output, signal } from '@angular/core';
import {
  createFetchTransport,
  type Ballot,
  type VoteErrorDetail,
  type VoteSubmitDetail,
  type VoteSuccessDetail,
} from 'b24-attached-vote'; // importing the package registers <b24-attached-vote>

@Component({
  selector: 'app-poll',
  // Lets Angular accept the custom element and bind to its properties and events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <b24-attached-vote
      [attachId]="attachId()"
      [transport]="transport"
      [messages]="{ vote: 'Send my vote' }"
      theme="light"
      (vote-submit)="onSubmit($event)"
      (vote-success)="onSuccess($event)"
      (vote-error)="onError($event)"
    ></b24-attached-vote>
    @if (lastBallot(); as ballot) {
      <p class="thanks">Thank you! You picked {{ answersPicked(ballot) }} answer(s).</p>
    }
    @if (problem()) {
      <p class="problem">{{ problem() }}</p>
    }
  `,
})
export class PollComponent {
  /** The poll to show. */
  readonly attachId = input.required<number>();
  /** Your backend's token endpoint (it holds the OAuth app's secrets, the page never does). */
  readonly tokenUrl = input('/api/bitrix24/token');
  /** Emitted with the ballot after a successful vote. */
  readonly voted = output<Ballot>();

  readonly lastBallot = signal<Ballot | null>(null);
  readonly problem = signal('');

  /** One transport for the component: an OAuth token from the backend, refreshed when it expires. */
  readonly transport = createFetchTransport({
    restUrl: 'https://your-portal.bitrix24.com/rest/',
    auth: () => this.fetchToken(),
    refreshAuth: () => this.fetchToken(true),
  });

  onSubmit(event: CustomEvent<VoteSubmitDetail>): void {
    if (Object.keys(event.detail.ballot).length === 0) event.preventDefault();
  }

  onSuccess(event: CustomEvent<VoteSuccessDetail>): void {
    this.problem.set('');
    this.lastBallot.set(event.detail.ballot);
    this.voted.emit(event.detail.ballot);
  }

  onError(event: CustomEvent<VoteErrorDetail>): void {
    this.problem.set(`Could not ${event.detail.action} (${event.detail.code}).`);
  }

  answersPicked(ballot: Ballot): number {
    return Object.values(ballot).reduce((sum, answers) => sum + answers.length, 0);
  }

  private async fetchToken(refresh = false): Promise<string> {
    const response = await fetch(`${this.tokenUrl()}${refresh ? '?refresh=1' : ''}`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`token endpoint: HTTP ${response.status}`);
    return ((await response.json()) as { access_token: string }).access_token;
  }
}
