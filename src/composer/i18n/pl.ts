/** Polish (polski), loaded on demand: data (its plural categories, then one text per message key), decoded on first use (see src/i18n/decode.ts). */
export const pl =
  'one few other\n' +
  'Pytanie\n' +
  'Zadaj pytanie\n' +
  'Odpowiedzi\n' +
  'Odpowiedź {0}\n' +
  'Dodaj odpowiedź\n' +
  'Usuń odpowiedź {0}\n' +
  'Przesuń odpowiedź {0} w górę\n' +
  'Przesuń odpowiedź {0} w dół\n' +
  'Przeniesiono na pozycję {0} z {1}.\n' +
  'Usunięto odpowiedź {0}.\n' +
  'Ankieta może mieć najwyżej 10 odpowiedzi.\n' +
  '{n} wiersz nie został dodany: ankieta może mieć najwyżej 10 odpowiedzi.|{n} wiersze nie zostały dodane: ankieta może mieć najwyżej 10 odpowiedzi.|{n} wierszy nie zostało dodanych: ankieta może mieć najwyżej 10 odpowiedzi.\n' +
  'Pozostał {n} znak|Pozostały {n} znaki|Pozostało {n} znaków\n' +
  'Tak samo jak odpowiedź {0}.\n' +
  'Puste odpowiedzi zostaną pominięte.\n' +
  'Ustawienia\n' +
  'Zezwól na kilka odpowiedzi\n' +
  'Ankieta anonimowa\n' +
  'Zezwól na zmianę głosu\n' +
  'Opublikuj ankietę\n' +
  'Publikowanie…\n' +
  'Bitrix24 wciąż publikuje ankietę. Proszę czekać…\n' +
  'Dla tej ankiety nie ustawiono czatu.\n' +
  'Wpisz pytanie, aby opublikować ankietę.\n' +
  'Wpisz co najmniej dwie odpowiedzi, aby opublikować ankietę.\n' +
  'Dwie odpowiedzi są takie same. Zmień jedną z nich, aby opublikować ankietę.\n' +
  'Podgląd\n' +
  'Ankieta anonimowa\n' +
  'Ankieta jawna\n' +
  'Ankieta została opublikowana na czacie.\n' +
  'Utwórz kolejną ankietę\n' +
  'Opublikuj ponownie\n' +
  'Ankieta mogła zostać opublikowana. Sprawdź czat, zanim opublikujesz ją ponownie; ponowna publikacja stąd nie utworzy jej dwa razy.\n' +
  'Bitrix24 nie opublikował ankiety. Sprawdź, czy możesz pisać na tym czacie, i spróbuj ponownie.\n' +
  'Nie możesz publikować ankiet na tym czacie.\n' +
  'Nie znaleziono tego czatu albo nie jesteś jego uczestnikiem.\n' +
  'Ta integracja nie może wyszukiwać czatów (brak uprawnienia „im”). Dodaj je albo użyj chat-id zamiast dialog-id.';
