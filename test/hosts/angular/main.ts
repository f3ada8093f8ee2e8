// Bootstraps the recipe's component (zoneless: the element needs no zone.js).
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { Ballot } from 'b24-attached-vote';
import { PollComponent } from './poll.component';

@Component({
  selector: 'app-root',
  imports: [PollComponent],
  template: `<app-poll [attachId]="1" (voted)="onVoted($event)" />`,
})
export class AppComponent {
  onVoted(ballot: Ballot): void {
    console.log('voted', ballot);
  }
}

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
