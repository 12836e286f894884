-- Demo knowledge base: published articles in English and German (invented conditions).
insert into kb_article (id, slug, language, version, intent, title, body, status, edited_by, edited_at, published_by, published_at) values
    ('c0000000-0000-4000-8000-000000000001', 'account-fees', 'en', 1, 'fees', 'Account fees', 'The Current Account costs €4.90 a month. It is free for customers under 27 and for months with at least €1,000 of incoming payments.

Card payments in euros and withdrawals at our own ATMs are free. Withdrawals at other banks'' ATMs in the euro area cost €2.00; outside the euro area, 1.75 % of the amount (at least €5.00). A replacement card costs €10.00.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000002', 'account-fees', 'de', 1, 'fees', 'Kontoführungsgebühren', 'Das Girokonto kostet 4,90 € im Monat. Für Kundinnen und Kunden unter 27 Jahren und in Monaten mit mindestens 1.000 € Geldeingang ist es kostenlos.

Kartenzahlungen in Euro und Abhebungen an unseren eigenen Geldautomaten sind kostenlos. Abhebungen an Automaten anderer Banken im Euroraum kosten 2,00 €, außerhalb des Euroraums 1,75 % des Betrags (mindestens 5,00 €). Eine Ersatzkarte kostet 10,00 €.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000003', 'savings-interest', 'en', 1, 'interest_rates', 'Interest on savings', 'The Savings Account pays 2.25 % a year on balances up to €100,000, credited monthly. There is no fixed term and no fee; you can move money to your current account at any time.

Fixed-term deposits of 12 months pay 2.60 % a year.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000004', 'savings-interest', 'de', 1, 'interest_rates', 'Zinsen auf Ersparnisse', 'Das Sparkonto bringt 2,25 % Zinsen im Jahr auf Guthaben bis 100.000 €, monatlich gutgeschrieben. Es gibt keine feste Laufzeit und keine Gebühr; Sie können jederzeit Geld auf Ihr Girokonto übertragen.

Festgeld mit 12 Monaten Laufzeit bringt 2,60 % im Jahr.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000005', 'overdraft', 'en', 1, 'overdraft', 'Overdraft', 'An arranged overdraft of up to three net monthly salaries can be set up for the Current Account. Interest on the used amount is 9.9 % a year; amounts beyond the arranged limit cost 11.9 % a year.

To ask for an overdraft or a higher limit, talk to a member of staff.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000006', 'overdraft', 'de', 1, 'overdraft', 'Dispositionskredit', 'Für das Girokonto kann ein Dispositionskredit bis zum Dreifachen des monatlichen Nettogehalts eingerichtet werden. Der Zinssatz für den genutzten Betrag beträgt 9,9 % im Jahr; Überziehungen über den Rahmen hinaus kosten 11,9 % im Jahr.

Für einen Dispositionskredit oder einen höheren Rahmen wenden Sie sich an unsere Mitarbeitenden.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000007', 'foreign-currency', 'en', 1, 'exchange_rates', 'Exchange rates and payments in foreign currencies', 'Card payments in other currencies are converted at the Mastercard or Visa reference rate of the day plus a 1.5 % foreign-currency fee. Today''s reference rates are shown in online banking under Payments → Exchange rates.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000008', 'foreign-currency', 'de', 1, 'exchange_rates', 'Wechselkurse und Zahlungen in Fremdwährung', 'Kartenzahlungen in anderen Währungen werden zum Referenzkurs von Mastercard oder Visa des Tages umgerechnet, zuzüglich 1,5 % Auslandseinsatzentgelt. Die aktuellen Referenzkurse finden Sie im Online-Banking unter Zahlungen → Wechselkurse.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000009', 'personal-loans', 'en', 1, 'loan_information', 'Personal loans', 'Personal loans from €2,500 to €50,000 with terms of 12 to 84 months. The rate depends on amount, term and credit check; the representative example is 6.49 % APR.

You can apply in online banking or with a member of staff; we decide within two working days.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000010', 'personal-loans', 'de', 1, 'loan_information', 'Ratenkredite', 'Ratenkredite von 2.500 € bis 50.000 € mit Laufzeiten von 12 bis 84 Monaten. Der Zinssatz hängt von Betrag, Laufzeit und Bonitätsprüfung ab; das repräsentative Beispiel liegt bei 6,49 % effektivem Jahreszins.

Sie können den Kredit im Online-Banking oder bei unseren Mitarbeitenden beantragen; wir entscheiden innerhalb von zwei Werktagen.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000011', 'online-banking-login', 'en', 1, 'online_banking_help', 'Trouble signing in to online banking', 'If you forgot your password, choose "Forgot password?" on the sign-in page; we send a link to your registered e-mail address. After five wrong attempts your login is locked for 15 minutes.

If you changed your phone, your one-time-code app must be set up again: a member of staff can require a new set-up for you.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000012', 'online-banking-login', 'de', 1, 'online_banking_help', 'Probleme bei der Anmeldung im Online-Banking', 'Wenn Sie Ihr Passwort vergessen haben, wählen Sie auf der Anmeldeseite „Passwort vergessen?“; wir senden einen Link an Ihre hinterlegte E-Mail-Adresse. Nach fünf falschen Versuchen ist der Zugang 15 Minuten gesperrt.

Wenn Sie ein neues Telefon haben, muss Ihre Einmalcode-App neu eingerichtet werden: Unsere Mitarbeitenden können das für Sie veranlassen.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000013', 'branches-and-atms', 'en', 1, 'branch_atm_locator', 'Branches and ATMs', 'Our branches are open Monday to Friday from 9:00 to 18:00. You can withdraw cash free of charge at all of our own ATMs and at the ATMs of our partner network; the map in online banking shows the nearest ones.', 'PUBLISHED', 'demo', now(), 'demo', now()),
    ('c0000000-0000-4000-8000-000000000014', 'branches-and-atms', 'de', 1, 'branch_atm_locator', 'Filialen und Geldautomaten', 'Unsere Filialen sind Montag bis Freitag von 9:00 bis 18:00 Uhr geöffnet. An allen eigenen Geldautomaten und an den Automaten unseres Partnernetzes heben Sie kostenlos Bargeld ab; die Karte im Online-Banking zeigt die nächstgelegenen.', 'PUBLISHED', 'demo', now(), 'demo', now());
