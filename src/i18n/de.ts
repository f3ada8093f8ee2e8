/** German (Deutsch), loaded on demand: data (its plural categories, then one text per message key), decoded on first use (see decode.ts). */
export const de =
  'one other\n' +
  'Umfrage wird geladen…\n' +
  'Abstimmen\n' +
  'Stimme wird gesendet…\n' +
  'Stimme ändern\n' +
  'Stimme beibehalten\n' +
  'Stimme zurückziehen\n' +
  'Stimme wird zurückgezogen…\n' +
  'Umfrage beenden\n' +
  'Umfrage beenden? Danach kann niemand mehr abstimmen oder seine Stimme ändern.\n' +
  'Ja, Umfrage beenden\n' +
  'Umfrage wieder öffnen\n' +
  'Abbrechen\n' +
  'Bitte warten…\n' +
  'Alle Ergebnisse\n' +
  'Ergebnisse herunterladen\n' +
  'erforderlich\n' +
  'Mit * markierte Fragen müssen beantwortet werden.\n' +
  'Ihre Wahl\n' +
  '{n} Stimme|{n} Stimmen\n' +
  '{n} Person hat abgestimmt|{n} Personen haben abgestimmt\n' +
  'Noch keine Stimmen\n' +
  'Anonyme Umfrage\n' +
  'Öffentliche Umfrage\n' +
  'In dieser Umfrage können Stimmen nicht geändert werden.\n' +
  'Umfrage beendet\n' +
  'Ihre Stimme wurde gezählt. Nur wer die Umfrage erstellt hat, kann die Ergebnisse sehen.\n' +
  'Ihre Stimme wurde gezählt.\n' +
  'Ihre Stimme wurde zurückgezogen.\n' +
  'Die Umfrage ist beendet.\n' +
  'Die Umfrage ist wieder geöffnet.\n' +
  'Sie können in dieser Umfrage nicht abstimmen.\n' +
  'Anzeigen, wer für {0} gestimmt hat\n' +
  'Teilnehmer ausblenden\n' +
  'Für {0} gestimmt\n' +
  'Mehr anzeigen\n' +
  'Teilnehmer werden geladen…\n' +
  'Erneut versuchen\n' +
  'Diese Umfrage wurde nicht gefunden. Möglicherweise wurde sie gelöscht.\n' +
  'Sie haben keinen Zugriff auf diese Umfrage.\n' +
  'Diese Umfrage ist beendet; es werden keine Stimmen mehr angenommen.\n' +
  'Sie haben in dieser Umfrage bereits abgestimmt.\n' +
  'Bitte beantworten Sie die Pflichtfrage „{0}“.\n' +
  'Bitte überprüfen Sie Ihre Antwort auf „{0}“.\n' +
  'Bitte wählen Sie eine Antwort aus.\n' +
  'Bitrix24 ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.\n' +
  'Bitrix24 ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.\n' +
  'Sie sind offline. Die Umfrage wird geladen, sobald die Verbindung wiederhergestellt ist.\n' +
  'Bitrix24 hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.\n' +
  'Die Antwort von Bitrix24 konnte nicht gelesen werden. Bitte versuchen Sie es erneut.\n' +
  'Ihre Bitrix24-Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.\n' +
  'Bitrix24 hat die Zugangsdaten dieser Seite nicht akzeptiert.\n' +
  'Diese Integration darf keine Umfragen verwenden (die Berechtigung „vote“ fehlt).\n' +
  'Diese Umfrage ist nicht richtig eingerichtet: {0}\n' +
  'Diese Umfrage kann keine Verbindung zu Bitrix24 herstellen: Es ist keine Verbindung eingerichtet.\n' +
  'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.\n' +
  'Ein Teil der Umfrage konnte nicht geladen werden. Bitte laden Sie die Seite neu.\n' +
  'Ihre Auswahl bleibt erhalten.\n' +
  '{n} hat abgestimmt|{n} haben abgestimmt\n' +
  'Nur wer die Umfrage erstellt hat, kann die Ergebnisse sehen.\n' +
  'Einige, die für {0} gestimmt haben\n' +
  'und {n} weitere Person|und {n} weitere Personen\n' +
  'Bitrix24-Benutzer\n' +
  'Bitrix24 ist ausgelastet; Ihre Stimme wartet und wird in Kürze gesendet.\n' +
  'Wird gespeichert…';
