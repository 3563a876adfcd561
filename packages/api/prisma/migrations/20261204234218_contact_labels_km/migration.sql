-- Khmer labels of the national and emergency numbers (issue 16 item 11: on a Khmer kiosk screen 111 and
-- 113/114/115 were labelled in Vietnamese). New databases get them from the seed (src/seed/contacts.ts); this fills
-- them where the seed ran before, never over a label an officer has written. Written by a non-native author,
-- awaiting a native speaker's review like the rest of the Khmer content.
UPDATE "Contact" SET "labelKm" = 'ខ្សែទូរស័ព្ទប្រឹក្សា និងជំនួយ ប្រឆាំងការជួញដូរមនុស្ស', "updatedAt" = CURRENT_TIMESTAMP
  WHERE "id" = 'vn-hotline-18001567' AND "labelKm" IS NULL;
UPDATE "Contact" SET "labelKm" = 'ខ្សែទូរស័ព្ទជាតិ ប្រឆាំងការជួញដូរមនុស្ស', "updatedAt" = CURRENT_TIMESTAMP
  WHERE "id" = 'vn-hotline-111' AND "labelKm" IS NULL;
UPDATE "Contact" SET "labelKm" = 'ប៉ូលិស', "updatedAt" = CURRENT_TIMESTAMP
  WHERE "id" = 'vn-emergency-113' AND "labelKm" IS NULL;
UPDATE "Contact" SET "labelKm" = 'អគ្គិភ័យ និងការសង្គ្រោះ', "updatedAt" = CURRENT_TIMESTAMP
  WHERE "id" = 'vn-emergency-114' AND "labelKm" IS NULL;
UPDATE "Contact" SET "labelKm" = 'សង្គ្រោះបន្ទាន់ផ្នែកសុខាភិបាល', "updatedAt" = CURRENT_TIMESTAMP
  WHERE "id" = 'vn-emergency-115' AND "labelKm" IS NULL;
UPDATE "Contact" SET "labelKm" = 'ខ្សែទូរស័ព្ទសមាគមនារីវៀតណាម', "updatedAt" = CURRENT_TIMESTAMP
  WHERE "id" = 'vn-hlhpn-0439719913' AND "labelKm" IS NULL;
