/** Owns the draft: the one writer of what the form shows; keeps it in session storage per chat. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyDraft, type Draft } from '../state/draft.js';
import { clearDraft, readDraft, writeDraft } from '../state/draft-storage.js';
import { newTemplateId } from '../state/template-id.js';

export class DraftController implements ReactiveController {
  private _draft: Draft = emptyDraft(newTemplateId());
  private key: string | null = null;

  /** `chatKey()`: the storage key of the chat the attributes name (null: none yet, the draft lives in the page). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chatKey: () => string | null,
  ) {
    host.addController(this);
  }

  /** The current draft (replace it through `change`). */
  get draft(): Draft {
    return this._draft;
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  /** Applies a change, stores it and redraws. */
  change(patch: Partial<Draft>): void {
    this._draft = { ...this._draft, ...patch };
    if (this.key !== null) writeDraft(this.key, this._draft);
    this.host.requestUpdate();
  }

  /** After a post: forgets the stored draft and starts an empty one with a new key. */
  startOver(): void {
    if (this.key !== null) clearDraft(this.key);
    this._draft = emptyDraft(newTemplateId());
    this.host.requestUpdate();
  }

  /** A chat named for the first time or changed: its stored draft if it has one, else this one moves there. */
  private follow(): void {
    const key = this.chatKey();
    if (key === this.key) return;
    this.key = key;
    if (key === null) return;
    const stored = readDraft(key);
    if (stored) this._draft = stored;
    else writeDraft(key, this._draft);
  }
}
