/** Polish (polski), loaded on demand: data (its plural categories, then one text per message key), decoded on first use (see decode.ts). */
export const pl =
  'one few many other\n' +
  'Wczytywanie ankiety…\n' +
  'Zagłosuj\n' +
  'Wysyłanie głosu…\n' +
  'Zmień głos\n' +
  'Zostaw mój głos\n' +
  'Wycofaj głos\n' +
  'Wycofywanie głosu…\n' +
  'Zakończ ankietę\n' +
  'Zakończyć ankietę? Nikt nie będzie mógł już zagłosować ani zmienić swojego głosu.\n' +
  'Tak, zakończ ankietę\n' +
  'Wznów ankietę\n' +
  'Anuluj\n' +
  'Proszę czekać…\n' +
  'Pełne wyniki\n' +
  'Pobierz wyniki\n' +
  'wymagane\n' +
  'Pytania oznaczone * wymagają odpowiedzi.\n' +
  'twój wybór\n' +
  '{n} głos|{n} głosy|{n} głosów|{n} głosu\n' +
  '{n} osoba zagłosowała|{n} osoby zagłosowały|{n} osób zagłosowało|{n} osoby zagłosowały\n' +
  'Brak głosów\n' +
  'Ankieta anonimowa\n' +
  'Ankieta jawna\n' +
  'W tej ankiecie nie można zmienić głosu.\n' +
  'Ankieta zakończona\n' +
  'Twój głos został zapisany. Tylko autor ankiety widzi wyniki.\n' +
  'Twój głos został zapisany.\n' +
  'Twój głos został wycofany.\n' +
  'Ankieta została zakończona.\n' +
  'Ankieta została wznowiona.\n' +
  'Nie możesz głosować w tej ankiecie.\n' +
  'Pokaż, kto zagłosował na {0}\n' +
  'Ukryj głosujących\n' +
  'Zagłosowali na {0}\n' +
  'Pokaż więcej\n' +
  'Wczytywanie głosujących…\n' +
  'Spróbuj ponownie\n' +
  'Nie znaleziono tej ankiety. Mogła zostać usunięta.\n' +
  'Nie masz dostępu do tej ankiety.\n' +
  'Ta ankieta jest zakończona; głosy nie są już przyjmowane.\n' +
  'Twój głos w tej ankiecie został już oddany.\n' +
  'Odpowiedz na wymagane pytanie „{0}”.\n' +
  'Sprawdź odpowiedź na pytanie „{0}”.\n' +
  'Wybierz odpowiedź.\n' +
  'Bitrix24 jest teraz przeciążony. Spróbuj ponownie za chwilę.\n' +
  'Nie udało się połączyć z Bitrix24. Sprawdź połączenie i spróbuj ponownie.\n' +
  'Jesteś offline. Ankieta wczyta się po przywróceniu połączenia.\n' +
  'Bitrix24 zbyt długo nie odpowiadał. Spróbuj ponownie.\n' +
  'Nie udało się odczytać odpowiedzi z Bitrix24. Spróbuj ponownie.\n' +
  'Twoja sesja Bitrix24 wygasła. Zaloguj się ponownie.\n' +
  'Bitrix24 nie zaakceptował danych uwierzytelniających tej strony.\n' +
  'Ta integracja nie ma uprawnień do ankiet (brak zakresu „vote”).\n' +
  'Ta ankieta jest nieprawidłowo skonfigurowana: {0}\n' +
  'Ta ankieta nie może połączyć się z Bitrix24: nie skonfigurowano połączenia.\n' +
  'Coś poszło nie tak. Spróbuj ponownie.\n' +
  'Nie udało się wczytać części ankiety. Odśwież stronę.\n' +
  'Twój wybór został zachowany.\n' +
  '{n} osoba zagłosowała|{n} osoby zagłosowały|{n} osób zagłosowało|{n} osoby zagłosowały\n' +
  'Tylko autor ankiety widzi wyniki.\n' +
  'Niektórzy z głosujących na {0}\n' +
  'i jeszcze {n}\n' +
  'Użytkownik Bitrix24\n' +
  'Bitrix24 jest przeciążony; twój głos czeka w kolejce i wkrótce zostanie wysłany.\n' +
  'Zapisywanie…';
