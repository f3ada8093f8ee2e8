/** German (Deutsch), loaded on demand: data (its plural categories, then one text per message key), decoded on first use (see src/i18n/decode.ts). */
export const de =
  'one other\n' +
  'Frage\n' +
  'Stellen Sie eine Frage\n' +
  'Antworten\n' +
  'Antwort {0}\n' +
  'Antwort hinzufügen\n' +
  'Antwort {0} entfernen\n' +
  'Antwort {0} nach oben verschieben\n' +
  'Antwort {0} nach unten verschieben\n' +
  'An Position {0} von {1} verschoben.\n' +
  'Antwort {0} entfernt.\n' +
  'Eine Umfrage hat höchstens 10 Antworten.\n' +
  '{n} Zeile wurde nicht übernommen: Eine Umfrage hat höchstens 10 Antworten.|{n} Zeilen wurden nicht übernommen: Eine Umfrage hat höchstens 10 Antworten.\n' +
  'Noch {n} Zeichen\n' +
  'Gleich wie Antwort {0}.\n' +
  'Leere Antworten werden weggelassen.\n' +
  'Einstellungen\n' +
  'Mehrere Antworten erlauben\n' +
  'Anonyme Umfrage\n' +
  'Ändern der Stimme erlauben\n' +
  'Umfrage senden\n' +
  'Wird gesendet…\n' +
  'Bitrix24 sendet die Umfrage noch. Bitte warten…\n' +
  'Für diese Umfrage ist kein Chat festgelegt.\n' +
  'Schreiben Sie eine Frage, um die Umfrage zu senden.\n' +
  'Schreiben Sie mindestens zwei Antworten, um die Umfrage zu senden.\n' +
  'Zwei Antworten sind gleich. Ändern Sie eine davon, um die Umfrage zu senden.\n' +
  'Vorschau\n' +
  'Anonyme Umfrage\n' +
  'Öffentliche Umfrage\n' +
  'Die Umfrage wurde im Chat gesendet.\n' +
  'Weitere Umfrage erstellen\n' +
  'Erneut senden\n' +
  'Die Umfrage wurde möglicherweise gesendet. Sehen Sie im Chat nach, bevor Sie sie erneut senden; ein erneutes Senden von hier sendet sie nicht doppelt.\n' +
  'Bitrix24 hat die Umfrage nicht gesendet. Prüfen Sie, ob Sie in diesem Chat schreiben dürfen, und versuchen Sie es erneut.\n' +
  'Sie können in diesem Chat keine Umfragen senden.\n' +
  'Dieser Chat wurde nicht gefunden, oder Sie sind kein Mitglied.\n' +
  'Diese Integration kann keine Chats nachschlagen (die Berechtigung „im“ fehlt). Fügen Sie sie hinzu oder verwenden Sie chat-id statt dialog-id.';
