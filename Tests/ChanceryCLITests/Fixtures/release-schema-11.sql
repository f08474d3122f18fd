PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO schema_migrations VALUES(1,'create_core','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(2,'knowledge_base','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(3,'reference_lists','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(4,'country_pairs_and_spans','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(5,'reports','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(6,'event_details','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(7,'listing_details','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(8,'actor_aliases_key_first','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(9,'corrections','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(10,'document_copies','2026-12-08T00:24:15Z');
INSERT INTO schema_migrations VALUES(11,'unsettled_groups','2026-12-08T00:24:15Z');
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE,          -- the caller's id, returned in every source
    url          TEXT,
    title        TEXT,
    language     TEXT CHECK (language IN ('ar', 'fr', 'en')),
    published    TEXT,
    content_hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the text: the same article twice is one document
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO documents VALUES(1,'sample-ar-01','https://example.org/ar/egypt-jordan-abdelatty-safadi','عبد العاطي والصفدي يبحثان في القاهرة تنسيق المواقف ويوقعان مذكرتي تفاهم','ar','2025-03-13','29a7bc6db7e608b0e5769a399a90409bdfa617691a48e023f47f8821a94438f0',replace('عبد العاطي والصفدي يبحثان في القاهرة تنسيق المواقف ويوقعان مذكرتي تفاهم\n\nالقاهرة - ١٣ مارس ٢٠٢٥\n\nاستقبل الدكتور بدر عبد العاطي، وزير الخارجية والهجرة وشؤون المصريين بالخارج، اليوم الخميس بمقر الوزارة في العاصمة، نظيره الأردني أيمن الصفدي، وزير الخارجية وشؤون المغتربين، الذي يقوم بزيارة عمل قصيرة إلى مصر.\n\nوذكر بيان صادر عن الخـارجية المصرية أن الوزيرين عقدا جلسة مباحثات موسعة بحضور وفدي البلدين، تناولت مسار التعاون الثنائي وسبل دفعه في قطاعات الطاقة والنقل والتجارة البينية، إلى جانب تطورات الأوضاع في قطاع غزة والضفة الغربية وسوريا.\n\nوفي ختام المباحثات، وَقَّعَ الوزيران مذكرتي تفاهم، تتعلق الأولى بالتعاون في مجال الربط الكهربائي وتبادل الطاقة، بينما تتناول الثانية تبادل الخبرات بين المعهدين الدبلوماسيين في البلدين.\n\nوشدد عبد العاطي على أن مواقف القاهرة وعمّان من قضايا الإقليم تكاد تكون متطابقة، فيما أعرب الصفدي عن حرص المملكة على استمرار التشاور الدوري مع الجانب المصري.\n\nاقرأ أيضا: أسعار الذهب اليوم في السوق المصرية\n\nومن المقرر أن تستضيف عمّان الشهر المقبل اجتماعات اللجنة العليا الأردنية المصرية المشتركة، برئاسة رئيس مجلس الوزراء الدكتور مصطفى مدبولي ونظيره الأردني جعفر حسان، على أن تتناول ملفات الاستثمار والنقل البري والربط الكهربائي.\n\nويرى محللون أن التنسيق بين البلدين بات أكثر انتظاماً في السنوات الأخيرة، في ظل تشابك التحديات الأمنية والاقتصادية التي تواجهها المنطقة.','\n',char(10)),'2026-12-08T00:24:15Z');
INSERT INTO documents VALUES(2,'sample-ar-02','https://example.org/ar/maroc-france-bourita-barrot','الرباط وباريس توقعان ثلاث اتفاقيات في ختام مباحثات بوريطة وبارو','ar','2025-06-11','51bb7db1a17a5eb366638b723e65731430f4f30feb3c21a9e0353614ee9f6484',replace('الرئيسية | سياسة | دبلوماسية\n\nالرباط وباريس توقعان ثلاث اتفاقيات في ختام مباحثات بوريطة وبارو\n\nالأربعاء 11 يونيو 2025 - 09:15\n\nحلّ وزير أوروبا والشؤون الخارجية الفرنسي، جان نويل بارو، أمس الثلاثاء بالرباط، حيث عقد جلسة عمل مع ناصر بوريطة، وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، خُصصت لتقييم ما تحقق من التزامات مشتركة بين البلدين خلال الأشهر الماضية.\n\nوتُوِّجت الجلسة، التي احتضنها مقر وزارة الخارجية، بتوقيع الوزيرين على ثلاث اتفاقيات، تخص الأولى التعاون القنصلي، والثانية التعليم العالي والبحث العلمي، فيما تهم الثالثة التدبير المندمج للموارد المائية.\n\nوأوضح بوريطة، خلال لقاء صحافي مشترك، أن هذه الاتفاقيات تندرج في إطار تفعيل الإعلان المتعلق بالشراكة الاستثنائية الوطيدة، الذي وقعه الملك محمد السادس والرئيس إيمانويل ماكرون بالرباط في أكتوبر 2024. أما المسؤول الفرنسي فأشار إلى أن بلاده تنظر إلى المغرب باعتباره شريكاً محورياً في علاقاتها مع القارة الإفريقية.\n\nاقرأ أيضا: توقعات أحوال الطقس ليوم الخميس\n\nويرى متتبعون للشأن الدبلوماسي أن العلاقات بين الرباط وباريس استعادت زخمها منذ 2024، بعد مرحلة من البرود امتدت لسنوات.','\n',char(10)),'2026-12-08T00:24:16Z');
INSERT INTO documents VALUES(3,'sample-ar-03','https://example.org/ar/saudi-china-phone-call','وزير الخارجية يتلقى اتصالاً هاتفياً من نظيره الصيني','ar','2025-11-20','fcddb2d507c8282b85012b37243acb716ad9c9991e0c0c0b2aae29b8d980a3b9',replace('وزير الخارجية يتلقى اتصالاً هاتفياً من نظيره الصيني\n\nالرياض 29 جمادى الأولى 1447 هـ الموافق 20 نوفمبر 2025 م\n\nتلقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله، وزير الخارجية، مساء أمس، اتصالاً هاتفياً من وزير خارجية جمهورية الصين الشعبية وانغ يي.\n\nوجرى خلال الاتصال استعراض أوجه العلاقات الثنائية بين المملكة العربية السعودية والصين وسبل تنميتها في المجالات كافة، إضافة إلى بحث المستجدات الإقليمية والدولية ذات الاهتمام المشترك.\n\nوتطرق الجانبان إلى التحضيرات الجارية لانعقاد الدورة الثانية عشرة للجنة السعودية الصينية المشتركة للتعاون الاقتصادي والتجاري والاستثماري والفني، التي ستُعقد في العاصمة الصينية بكين يومي 8 و9 ديسمبر المقبل، برئاسة وزير التجارة الدكتور ماجد بن عبدالله القصبي ووزير التجارة الصيني وانغ ون تاو.\n\nيُذكر أن اللجنة عقدت دورتها الحادية عشرة في الرياض عام 2023، وركزت أعمالها حينها على مشروعات الطاقة المتجددة والبنية التحتية والتحول الرقمي.\n\nويقول مختصون في الشأن الآسيوي إن الشراكة الاستراتيجية الشاملة بين الرياض وبكين تشهد نمواً ملحوظاً منذ عام 2016، لا سيما في قطاعي الطاقة والتقنية.\n\nذات صلة\nمشاركة','\n',char(10)),'2026-12-08T00:24:16Z');
INSERT INTO documents VALUES(4,'sample-fr-01','https://example.org/fr/maroc-france-trois-accords','Rabat et Paris signent trois accords lors de la visite de Jean-Noël Barrot','fr','2025-06-10','54c4410040677eae2230c35b8f5260c3cdf4b9ceb35ad5920acbbcdd765b0ae4',replace('Accueil > Politique > Diplomatie\n\nRabat et Paris signent trois accords lors de la visite de Jean-Noël Barrot\n\nLe ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l''étranger, Nasser Bourita, a reçu ce mardi 10 juin 2025 à Rabat le ministre français de l''Europe et des Affaires étrangères, Jean-Noël Barrot, pour une séance de travail consacrée au suivi des engagements pris par les deux pays.\n\nÀ l''issue de l''entretien, les deux chefs de la diplomatie ont procédé à la signature de trois accords : le premier porte sur la coopération consulaire, le deuxième sur l''enseignement supérieur et la recherche scientifique, le troisième sur la gestion intégrée des ressources en eau.\n\nLors d''un point de presse conjoint, M. Bourita a présenté ces textes comme une traduction concrète de la feuille de route commune, tandis que son homologue français a mis en avant la dimension africaine de la coopération entre Rabat et Paris, en évoquant des projets communs dans l''énergie et la formation professionnelle.\n\nPlusieurs observateurs relèvent que le dialogue politique entre les deux capitales a gagné en intensité depuis l''automne dernier.\n\nPartager : Facebook | X | WhatsApp\nLire aussi : Météo, temps chaud attendu dans plusieurs régions','\n',char(10)),'2026-12-08T00:24:16Z');
INSERT INTO documents VALUES(5,'sample-fr-02','https://example.org/fr/senegal-gambie-commission-mixte','Coopération sénégalo-gambienne : la 8e session de la commission mixte s''achève à Banjul','fr','2025-03-06','f5c8043172605c21e4fea4947b5428c56552d4e1209f7f78927f5529a312fc00',replace('Coopération sénégalo-gambienne : la 8e session de la commission mixte s''achève à Banjul\n\nDakar, 6 mars 2025 –\n\nLa 8e session de la commission mixte de coopération sénégalo-gambienne s''est déroulée du 3 au 5 mars à Banjul, sous la coprésidence de la ministre de l''Intégration africaine et des Affaires étrangères, Yassine Fall, et de son homologue gambien, Mamadou Tangara.\n\nRéunis d''abord au niveau des experts, puis à celui des ministres, les deux pays ont passé en revue la mise en œuvre des recommandations adoptées lors de la précédente session. Les discussions ont notamment porté sur la libre circulation des personnes et des biens, la pêche artisanale, l''interconnexion électrique et la sécurité le long de la frontière commune. L''exploitation du pont de la Sénégambie, mis en service en 2019, a également été évoquée.\n\nEn marge des travaux, Mme Fall a été reçue en audience le 4 mars par le président gambien Adama Barrow, auquel elle a remis un message de son homologue sénégalais, le président Bassirou Diomaye Faye.\n\nLes deux délégations sont convenues d''intensifier les patrouilles conjointes et d''harmoniser davantage leurs procédures douanières. La 9e session doit se tenir à Dakar au cours du premier semestre 2026.\n\nPour plusieurs diplomates de la sous-région, la relation entre Dakar et Banjul n''a cessé de se consolider depuis 2017.\n\nPartager cet article : Facebook | X | LinkedIn','\n',char(10)),'2026-12-08T00:24:16Z');
INSERT INTO documents VALUES(6,'sample-en-01','https://example.org/en/japan-brazil-video-talks','Japan, Brazil foreign ministers hold video talks on trade and climate','en','2026-02-11','10a9389b71424a4e0529bffaeca98fdf2cf48c63a24e9ab1ec37b255c6697ec7',replace('Japan, Brazil foreign ministers hold video talks on trade and climate\n\nTOKYO, Feb. 11 -\n\nJapanese Foreign Minister Toshimitsu Motegi and his Brazilian counterpart, Mauro Vieira, held talks by video link on Tuesday, focusing on trade, investment and cooperation on climate issues, Japan''s Foreign Ministry said.\n\nIn the roughly 40-minute online meeting, Motegi welcomed the growth of Japanese investment in Brazilian agribusiness and renewable energy, while Vieira urged faster progress toward a trade framework between Japan and the Mercosur bloc.\n\nThe ministers agreed to launch working-level consultations on critical minerals and to stay in close contact ahead of this year''s multilateral gatherings.\n\nVieira is scheduled to travel to Tokyo in April for face-to-face talks with Motegi, the ministry said.\n\nJapan and Brazil signed a social security agreement in 2010, sparing workers posted between the two countries from paying pension contributions in both. Two-way trade has risen in most years since 2016, and Brazil is home to around two million people of Japanese descent, the largest such community outside Japan.\n\nRead more:\nNikkei ends higher as exporters gain','\n',char(10)),'2026-12-08T00:24:16Z');
INSERT INTO documents VALUES(7,'sample-en-02','https://example.org/en/pakistan-china-dar-wang-mou','Dar, Wang Yi hold talks in Beijing, sign MoU on disaster risk reduction','en','2026-01-14','a58992e204fd844cbb0de932dcd1338d3a10014bbc1dc7e953749b601d01bbb0',replace('Home / Pakistan / Diplomacy\n\nDar, Wang Yi hold talks in Beijing, sign MoU on disaster risk reduction\n\nISLAMABAD: Deputy Prime Minister and Foreign Minister Ishaq Dar held talks with his Chinese counterpart Wang Yi in Beijing yesterday, according to a Foreign Office statement released late in the evening.\n\nThe two sides reviewed progress on the second phase of the China-Pakistan Economic Corridor (CPEC), the safety of Chinese nationals working on projects in Pakistan, and the situation in Afghanistan, according to the statement.\n\nAt the end of the talks, Dar and Wang signed a Memorandum of Understanding on Cooperation in Disaster Risk Reduction and Emergency Management, under which the two countries will share early-warning data on floods and earthquakes and train rescue personnel together.\n\nDar arrived in the Chinese capital on Monday on a three-day official visit.\n\nTies between Islamabad and Beijing have deepened considerably over the past decade, largely on the back of CPEC investment in energy and transport.\n\nRead more: PSX closes higher as banking stocks rally\nFollow us on WhatsApp','\n',char(10)),'2026-12-08T00:24:16Z');
INSERT INTO documents VALUES(8,'sample-en-04','https://example.org/en/analysis-qatar-turkey','Analysis: Why Doha and Ankara keep finding common ground','en','2025-09-24','97401f613b98fa844c117797d56a56f5606e8d440451fe81d1242b984edfbb2f',replace('Opinion | Analysis\n\nWhy Doha and Ankara keep finding common ground\n\nFew partnerships in the Middle East have proved as durable as the one between Qatar and Turkey. Over the past decade the two governments have lined up on a long list of regional files, from Libya to Syria, and their leaders, Emir Sheikh Tamim bin Hamad Al Thani and President Recep Tayyip Erdoğan, are widely described as sharing an unusually warm personal rapport.\n\nThe logic is partly economic. Qatari capital has flowed into Turkish banking, retail and real estate, and trade between the two has climbed since 2016, even through Turkey''s recent bouts of currency turbulence. Ankara, for its part, sees Doha as a dependable source of liquefied natural gas and long-term investment.\n\nSecurity ties form the other pillar. Turkey maintains a military presence in Qatar, which became far more visible during the Gulf rift that began in 2017, and Turkish defence firms count the emirate among their most reliable customers.\n\nWhether the relationship can go further will depend on how both capitals manage their ties with the other Gulf states, which have largely normalised since the rift ended. For now, neither side appears to see much reason to change course.\n\nShare this article\nRelated: Gold prices edge up in Doha trading','\n',char(10)),'2026-12-08T00:24:16Z');
INSERT INTO documents VALUES(9,'sample-en-03',NULL,'Nigeria, Ghana wrap up 3rd session of Joint Commission in Abuja | West Africa Desk','en','2025-02-26','ce1586498b17554960cdff7ae83babe03e55f382669b7a3816ca3167b99b746b',replace('Home\n\nPolitics\n\nBusiness & Economy\n\nAfrica\n\nOpinion\n\nNigeria, Ghana wrap up 3rd session of Joint Commission in Abuja\n\nBy our correspondent · 26 February 2025\n\nABUJA — Nigeria and Ghana on Tuesday concluded the 3rd session of the Nigeria–Ghana Joint Commission on Trade & Investment, which met in Abuja on Monday and Tuesday, with both governments pledging to dismantle the remaining obstacles facing traders and hauliers along the Lagos–Accra corridor.\n\nThe session was co-chaired by Nigeria’s Minister of Foreign Affairs, Yusuf Maitama Tuggar, and Ghana’s Minister for Foreign Affairs, Samuel Okudzeto Ablakwa. Delegates went through complaints from business associations in both countries about shop-closure orders, repeated roadside checkpoints and slow mutual recognition of product certificates.\n\nOn the sidelines of the session, President Bola Ahmed Tinubu received Ablakwa at the State House on Tuesday. The Ghanaian minister conveyed a message from President John Dramani Mahama, who took office in January.\n\nSpeaking to reporters afterwards, Tuggar said both governments wanted small traders to feel the practical benefits of regional integration, while Ablakwa said a joint technical team would report back on the outstanding cases within six months.\n\nThe commission’s 4th session will be held in Accra in 2026, officials said.\n\nTrade disputes have periodically strained relations between the two West African neighbours, analysts note, though political ties have generally remained cordial.\n\nRead more: Naira steadies at official window\n\nShare: Facebook | X | WhatsApp\n\n© 2025 West Africa Desk. All rights reserved.','\n',char(10)),'2026-12-08T00:24:16Z');
INSERT INTO documents VALUES(10,'sample-fr-03','https://example.org/fr/algerie-tunisie-attaf-nafti','Alger et Tunis veulent accélérer leurs projets frontaliers','fr','2025-05-19','ddfe7441f92cc05b1ac6783d0023d3f4f8e5621f790de46d46fcea3fa6589525',replace('Alger et Tunis veulent accélérer leurs projets frontaliers\n\nALGER – Le ministre d''État, ministre des Affaires étrangères, de la Communauté nationale à l''étranger et des Affaires africaines, Ahmed Attaf, a reçu hier au siège de son département son homologue tunisien, Mohamed Ali Nafti, arrivé la veille à Alger pour une visite de travail.\n\nL''entretien, élargi ensuite aux membres des deux délégations, a porté sur le développement des wilayas et gouvernorats frontaliers, la relance des projets d''infrastructures communs ainsi que sur les crises libyenne et sahélienne.\n\nCette visite intervient quelques jours après la signature, jeudi dernier à Tunis, d''un mémorandum d''entente relatif à la gestion concertée des ressources en eau partagées, conclu par les ministres de l''Agriculture des deux pays.\n\nLes deux chefs de la diplomatie ont par ailleurs examiné les préparatifs de la prochaine session de la grande commission mixte algéro-tunisienne, qui doit se réunir à Alger d''ici la fin de l''année sous la présidence des Premiers ministres.\n\nM. Nafti a reconnu que l''accord sur la facilitation des échanges transfrontaliers, signé en 2019, n''était encore que partiellement appliqué, et a plaidé pour un mécanisme de suivi plus régulier.\n\nSelon les chiffres officiels, les échanges commerciaux entre les deux voisins progressent nettement depuis la réouverture des frontières terrestres en 2022.\n\nArticles similaires\nPartager : Facebook · X · WhatsApp','\n',char(10)),'2026-12-08T00:24:16Z');
CREATE TABLE countries (
    code    TEXT PRIMARY KEY CHECK (length(code) = 2),
    alpha3  TEXT,
    name_en TEXT NOT NULL,
    name_fr TEXT,
    name_ar TEXT
) WITHOUT ROWID;
INSERT INTO countries VALUES('AD','AND','Andorra','Andorre','أندورا');
INSERT INTO countries VALUES('AE','ARE','United Arab Emirates','Émirats arabes unis','الإمارات العربية المتحدة');
INSERT INTO countries VALUES('AF','AFG','Afghanistan','Afghanistan','أفغانستان');
INSERT INTO countries VALUES('AG','ATG','Antigua and Barbuda','Antigua-et-Barbuda','أنتيغوا وبربودا');
INSERT INTO countries VALUES('AI','AIA','Anguilla','Anguilla','أنغويلا');
INSERT INTO countries VALUES('AL','ALB','Albania','Albanie','ألبانيا');
INSERT INTO countries VALUES('AM','ARM','Armenia','Arménie','أرمينيا');
INSERT INTO countries VALUES('AO','AGO','Angola','Angola','أنغولا');
INSERT INTO countries VALUES('AQ','ATA','Antarctica','Antarctique','أنتاركتيكا');
INSERT INTO countries VALUES('AR','ARG','Argentina','Argentine','الأرجنتين');
INSERT INTO countries VALUES('AS','ASM','American Samoa','Samoa américaines','ساموا الأمريكية');
INSERT INTO countries VALUES('AT','AUT','Austria','Autriche','النمسا');
INSERT INTO countries VALUES('AU','AUS','Australia','Australie','أستراليا');
INSERT INTO countries VALUES('AW','ABW','Aruba','Aruba','أروبا');
INSERT INTO countries VALUES('AX','ALA','Åland Islands','Îles Åland','جزر آلاند');
INSERT INTO countries VALUES('AZ','AZE','Azerbaijan','Azerbaïdjan','أذربيجان');
INSERT INTO countries VALUES('BA','BIH','Bosnia and Herzegovina','Bosnie-Herzégovine','البوسنة والهرسك');
INSERT INTO countries VALUES('BB','BRB','Barbados','Barbade','بربادوس');
INSERT INTO countries VALUES('BD','BGD','Bangladesh','Bangladesh','بنغلاديش');
INSERT INTO countries VALUES('BE','BEL','Belgium','Belgique','بلجيكا');
INSERT INTO countries VALUES('BF','BFA','Burkina Faso','Burkina Faso','بوركينا فاسو');
INSERT INTO countries VALUES('BG','BGR','Bulgaria','Bulgarie','بلغاريا');
INSERT INTO countries VALUES('BH','BHR','Bahrain','Bahreïn','البحرين');
INSERT INTO countries VALUES('BI','BDI','Burundi','Burundi','بوروندي');
INSERT INTO countries VALUES('BJ','BEN','Benin','Bénin','بنين');
INSERT INTO countries VALUES('BL','BLM','Saint Barthélemy','Saint-Barthélemy','سان بارتليمي');
INSERT INTO countries VALUES('BM','BMU','Bermuda','Bermudes','برمودا');
INSERT INTO countries VALUES('BN','BRN','Brunei','Brunei','بروناي');
INSERT INTO countries VALUES('BO','BOL','Bolivia','Bolivie','بوليفيا');
INSERT INTO countries VALUES('BQ','BES','Caribbean Netherlands','Pays-Bas caribéens','هولندا الكاريبية');
INSERT INTO countries VALUES('BR','BRA','Brazil','Brésil','البرازيل');
INSERT INTO countries VALUES('BS','BHS','Bahamas','Bahamas','جزر البهاما');
INSERT INTO countries VALUES('BT','BTN','Bhutan','Bhoutan','بوتان');
INSERT INTO countries VALUES('BV','BVT','Bouvet Island','Île Bouvet','جزيرة بوفيه');
INSERT INTO countries VALUES('BW','BWA','Botswana','Botswana','بوتسوانا');
INSERT INTO countries VALUES('BY','BYR','Belarus','Biélorussie','بيلاروس');
INSERT INTO countries VALUES('BZ','BLZ','Belize','Belize','بليز');
INSERT INTO countries VALUES('CA','CAN','Canada','Canada','كندا');
INSERT INTO countries VALUES('CC','CCK','Cocos (Keeling) Islands','Îles Cocos','جزر كوكوس (كيلينغ)');
INSERT INTO countries VALUES('CD','COD','Democratic Republic of the Congo','République démocratique du Congo','جمهورية الكونغو الديمقراطية');
INSERT INTO countries VALUES('CF','CAF','Central African Republic','République centrafricaine','جمهورية أفريقيا الوسطى');
INSERT INTO countries VALUES('CG','COG','Republic of the Congo','République du Congo','جمهورية الكونغو');
INSERT INTO countries VALUES('CH','CHE','Switzerland','Suisse','سويسرا');
INSERT INTO countries VALUES('CI','CIV','Côte d''Ivoire','Côte d''Ivoire','كوت ديفوار');
INSERT INTO countries VALUES('CK','COK','Cook Islands','Îles Cook','جزر كوك');
INSERT INTO countries VALUES('CL','CHL','Chile','Chili','تشيلي');
INSERT INTO countries VALUES('CM','CMR','Cameroon','Cameroun','الكاميرون');
INSERT INTO countries VALUES('CN','CHN','China','Chine','الصين');
INSERT INTO countries VALUES('CO','COL','Colombia','Colombie','كولومبيا');
INSERT INTO countries VALUES('CR','CRI','Costa Rica','Costa Rica','كوستاريكا');
INSERT INTO countries VALUES('CU','CUB','Cuba','Cuba','كوبا');
INSERT INTO countries VALUES('CV','CPV','Cape Verde','Cap-Vert','الرأس الأخضر');
INSERT INTO countries VALUES('CW','CUW','Curaçao','Curaçao','كوراساو');
INSERT INTO countries VALUES('CX','CXR','Christmas Island','Île Christmas','جزيرة كريسماس');
INSERT INTO countries VALUES('CY','CYP','Cyprus','Chypre','قبرص');
INSERT INTO countries VALUES('CZ','CZE','Czechia','Tchéquie','التشيك');
INSERT INTO countries VALUES('DE','DEU','Germany','Allemagne','ألمانيا');
INSERT INTO countries VALUES('DJ','DJI','Djibouti','Djibouti','جيبوتي');
INSERT INTO countries VALUES('DK','DNK','Denmark','Danemark','الدانمرك');
INSERT INTO countries VALUES('DM','DMA','Dominica','Dominique','دومينيكا');
INSERT INTO countries VALUES('DO','DOM','Dominican Republic','République dominicaine','جمهورية الدومينيكان');
INSERT INTO countries VALUES('DZ','DZA','Algeria','Algérie','الجزائر');
INSERT INTO countries VALUES('EC','ECU','Ecuador','Équateur','الإكوادور');
INSERT INTO countries VALUES('EE','EST','Estonia','Estonie','إستونيا');
INSERT INTO countries VALUES('EG','EGY','Egypt','Égypte','مصر');
INSERT INTO countries VALUES('EH','ESH','Western Sahara','Sahara occidental','الصحراء الغربية');
INSERT INTO countries VALUES('ER','ERI','Eritrea','Érythrée','إريتريا');
INSERT INTO countries VALUES('ES','ESP','Spain','Espagne','إسبانيا');
INSERT INTO countries VALUES('ET','ETH','Ethiopia','Éthiopie','إثيوبيا');
INSERT INTO countries VALUES('FI','FIN','Finland','Finlande','فنلندا');
INSERT INTO countries VALUES('FJ','FJI','Fiji','Fidji','فيجي');
INSERT INTO countries VALUES('FK','FLK','Falkland Islands','Îles Malouines','جزر فوكلاند');
INSERT INTO countries VALUES('FM','FSM','Micronesia','Micronésie','ميكرونيزيا');
INSERT INTO countries VALUES('FO','FRO','Faroe Islands','Îles Féroé','جزر فارو');
INSERT INTO countries VALUES('FR','FRA','France','France','فرنسا');
INSERT INTO countries VALUES('GA','GAB','Gabon','Gabon','الغابون');
INSERT INTO countries VALUES('GB','GBR','United Kingdom','Royaume-Uni','المملكة المتحدة');
INSERT INTO countries VALUES('GD','GRD','Grenada','Grenade','غرينادا');
INSERT INTO countries VALUES('GE','GEO','Georgia','Géorgie','جورجيا');
INSERT INTO countries VALUES('GF','GUF','French Guiana','Guyane française','غويانا الفرنسية');
INSERT INTO countries VALUES('GG','GGY','Guernsey','Guernesey','غيرنزي');
INSERT INTO countries VALUES('GH','GHA','Ghana','Ghana','غانا');
INSERT INTO countries VALUES('GI','GIB','Gibraltar','Gibraltar','جبل طارق');
INSERT INTO countries VALUES('GL','GRL','Greenland','Groenland','غرينلاند');
INSERT INTO countries VALUES('GM','GMB','Gambia','Gambie','غامبيا');
INSERT INTO countries VALUES('GN','GIN','Guinea','Guinée','غينيا');
INSERT INTO countries VALUES('GP','GLP','Guadeloupe','Guadeloupe','غوادلوب');
INSERT INTO countries VALUES('GQ','GNQ','Equatorial Guinea','Guinée équatoriale','غينيا الاستوائية');
INSERT INTO countries VALUES('GR','GRC','Greece','Grèce','اليونان');
INSERT INTO countries VALUES('GS','SGS','South Georgia and South Sandwich Islands','Géorgie du Sud-et-les Îles Sandwich du Sud','جورجيا الجنوبية وجزر ساندويتش الجنوبية');
INSERT INTO countries VALUES('GT','GTM','Guatemala','Guatemala','غواتيمالا');
INSERT INTO countries VALUES('GU','GUM','Guam','Guam','غوام');
INSERT INTO countries VALUES('GW','GNB','Guinea-Bissau','Guinée-Bissau','غينيا بيساو');
INSERT INTO countries VALUES('GY','GUY','Guyana','Guyana','غيانا');
INSERT INTO countries VALUES('HK','HKG','Hong Kong','Hong Kong','هونج كونج');
INSERT INTO countries VALUES('HM','HMD','Heard and McDonald Islands','Îles Heard-et-MacDonald','جزيرة هيرد وجزر ماكدونالد');
INSERT INTO countries VALUES('HN','HND','Honduras','Honduras','هندوراس');
INSERT INTO countries VALUES('HR','HRV','Croatia','Croatie','كرواتيا');
INSERT INTO countries VALUES('HT','HTI','Haiti','Haïti','هايتي');
INSERT INTO countries VALUES('HU','HUN','Hungary','Hongrie','هنغاريا');
INSERT INTO countries VALUES('ID','IDN','Indonesia','Indonésie','إندونيسيا');
INSERT INTO countries VALUES('IE','IRL','Ireland','Irlande','أيرلندا');
INSERT INTO countries VALUES('IL','ISR','Israel','Israël','إسرائيل');
INSERT INTO countries VALUES('IM','IMN','Isle of Man','Île de Man','جزيرة مان');
INSERT INTO countries VALUES('IN','IND','India','Inde','الهند');
INSERT INTO countries VALUES('IO','IOT','Chagos Archipelago','Archipel des Chagos','أرخببيل تشاغوس');
INSERT INTO countries VALUES('IQ','IRQ','Iraq','Irak','العراق');
INSERT INTO countries VALUES('IR','IRN','Iran','Iran','إيران');
INSERT INTO countries VALUES('IS','ISL','Iceland','Islande','آيسلندا');
INSERT INTO countries VALUES('IT','ITA','Italy','Italie','إيطاليا');
INSERT INTO countries VALUES('JE','JEY','Jersey','Jersey','جيرسي');
INSERT INTO countries VALUES('JM','JAM','Jamaica','Jamaïque','جامايكا');
INSERT INTO countries VALUES('JO','JOR','Jordan','Jordanie','الأردن');
INSERT INTO countries VALUES('JP','JPN','Japan','Japon','اليابان');
INSERT INTO countries VALUES('KE','KEN','Kenya','Kenya','كينيا');
INSERT INTO countries VALUES('KG','KGZ','Kyrgyzstan','Kirghizstan','قيرغيزستان');
INSERT INTO countries VALUES('KH','KHM','Cambodia','Cambodge','كمبوديا');
INSERT INTO countries VALUES('KI','KIR','Kiribati','Kiribati','كيريباتي');
INSERT INTO countries VALUES('KM','COM','Comoros','Comores','جزر القمر');
INSERT INTO countries VALUES('KN','KNA','Saint Kitts and Nevis','Saint-Christophe-et-Niévès','سانت كيتس ونيفيس');
INSERT INTO countries VALUES('KP','PRK','North Korea','Corée du Nord','كوريا الشمالية');
INSERT INTO countries VALUES('KR','KOR','South Korea','Corée du Sud','كوريا الجنوبية');
INSERT INTO countries VALUES('KW','KWT','Kuwait','Koweït','الكويت');
INSERT INTO countries VALUES('KY','CYM','Cayman Islands','Îles Caïmans','جزر كايمان');
INSERT INTO countries VALUES('KZ','KAZ','Kazakhstan','Kazakhstan','كازاخستان');
INSERT INTO countries VALUES('LA','LAO','Laos','Laos','لاوس');
INSERT INTO countries VALUES('LB','LBN','Lebanon','Liban','لبنان');
INSERT INTO countries VALUES('LC','LCA','Saint Lucia','Sainte-Lucie','سانت لوسيا');
INSERT INTO countries VALUES('LI','LIE','Liechtenstein','Liechtenstein','ليختنشتاين');
INSERT INTO countries VALUES('LK','LKA','Sri Lanka','Sri Lanka','سريلانكا');
INSERT INTO countries VALUES('LR','LBR','Liberia','Liberia','ليبيريا');
INSERT INTO countries VALUES('LS','LSO','Lesotho','Lesotho','ليسوتو');
INSERT INTO countries VALUES('LT','LTU','Lithuania','Lituanie','ليتوانيا');
INSERT INTO countries VALUES('LU','LUX','Luxembourg','Luxembourg','لوكسمبورغ');
INSERT INTO countries VALUES('LV','LVA','Latvia','Lettonie','لاتفيا');
INSERT INTO countries VALUES('LY','LBY','Libya','Libye','ليبيا');
INSERT INTO countries VALUES('MA','MAR','Morocco','Maroc','المغرب');
INSERT INTO countries VALUES('MC','MCO','Monaco','Monaco','موناكو');
INSERT INTO countries VALUES('MD','MDA','Moldova','Moldavie','مولدوفا');
INSERT INTO countries VALUES('ME','MNE','Montenegro','Monténégro','الجبل الأسود');
INSERT INTO countries VALUES('MF','MAF','Saint Martin','Saint-Martin','سان مارتن');
INSERT INTO countries VALUES('MG','MDG','Madagascar','Madagascar','مدغشقر');
INSERT INTO countries VALUES('MH','MHL','Marshall Islands','Îles Marshall','جزر مارشال');
INSERT INTO countries VALUES('MK','MKD','North Macedonia','Macédoine du Nord','مقدونيا الشمالية');
INSERT INTO countries VALUES('ML','MLI','Mali','Mali','مالي');
INSERT INTO countries VALUES('MM','MMR','Myanmar','Myanmar','ميانمار');
INSERT INTO countries VALUES('MN','MNG','Mongolia','Mongolie','منغوليا');
INSERT INTO countries VALUES('MO','MAC','Macao','Macao','ماكاو');
INSERT INTO countries VALUES('MP','MNP','Northern Mariana Islands','Îles Mariannes du Nord','جزر ماريانا الشمالية');
INSERT INTO countries VALUES('MQ','MTQ','Martinique','Martinique','جزر المارتينيك');
INSERT INTO countries VALUES('MR','MRT','Mauritania','Mauritanie','موريتانيا');
INSERT INTO countries VALUES('MS','MSR','Montserrat','Montserrat','مونتسرات');
INSERT INTO countries VALUES('MT','MLT','Malta','Malte','مالطا');
INSERT INTO countries VALUES('MU','MUS','Mauritius','Maurice','موريشيوس');
INSERT INTO countries VALUES('MV','MDV','Maldives','Maldives','جزر المالديف');
INSERT INTO countries VALUES('MW','MWI','Malawi','Malawi','ملاوي');
INSERT INTO countries VALUES('MX','MEX','Mexico','Mexique','المكسيك');
INSERT INTO countries VALUES('MY','MYS','Malaysia','Malaisie','ماليزيا');
INSERT INTO countries VALUES('MZ','MOZ','Mozambique','Mozambique','موزمبيق');
INSERT INTO countries VALUES('NA','NAM','Namibia','Namibie','ناميبيا');
INSERT INTO countries VALUES('NC','NCL','New Caledonia','Nouvelle-Calédonie','كاليدونيا الجديدة');
INSERT INTO countries VALUES('NE','NER','Niger','Niger','النيجر');
INSERT INTO countries VALUES('NF','NFK','Norfolk Island','Île Norfolk','جزيرة نورفولك');
INSERT INTO countries VALUES('NG','NGA','Nigeria','Nigeria','نيجيريا');
INSERT INTO countries VALUES('NI','NIC','Nicaragua','Nicaragua','نيكاراغوا');
INSERT INTO countries VALUES('NL','NLD','Netherlands','Pays-Bas','هولندا');
INSERT INTO countries VALUES('NO','NOR','Norway','Norvège','النرويج');
INSERT INTO countries VALUES('NP','NPL','Nepal','Népal','نيبال');
INSERT INTO countries VALUES('NR','NRU','Nauru','Nauru','ناورو');
INSERT INTO countries VALUES('NU','NIU','Niue','Niue','نيوي');
INSERT INTO countries VALUES('NZ','NZL','New Zealand','Nouvelle-Zélande','نيوزيلندا');
INSERT INTO countries VALUES('OM','OMN','Oman','Oman','عُمان');
INSERT INTO countries VALUES('PA','PAN','Panama','Panama','بنما');
INSERT INTO countries VALUES('PE','PER','Peru','Pérou','بيرو');
INSERT INTO countries VALUES('PF','PYF','French Polynesia','Polynésie française','بولينيزيا الفرنسية');
INSERT INTO countries VALUES('PG','PNG','Papua New Guinea','Papouasie-Nouvelle-Guinée','بابوا غينيا الجديدة');
INSERT INTO countries VALUES('PH','PHL','Philippines','Philippines','الفلبين');
INSERT INTO countries VALUES('PK','PAK','Pakistan','Pakistan','باكستان');
INSERT INTO countries VALUES('PL','POL','Poland','Pologne','بولندا');
INSERT INTO countries VALUES('PM','SPM','Saint Pierre and Miquelon','Saint-Pierre-et-Miquelon','سان بيير ومكويلون');
INSERT INTO countries VALUES('PN','PCN','Pitcairn Islands','Îles Pitcairn','جزر بيتكيرن');
INSERT INTO countries VALUES('PR','PRI','Puerto Rico','Porto Rico','بورتوريكو');
INSERT INTO countries VALUES('PS','PSE','Palestine','Palestine','فلسطين');
INSERT INTO countries VALUES('PT','PRT','Portugal','Portugal','البرتغال');
INSERT INTO countries VALUES('PW','PLW','Palau','Palaos','بالاو');
INSERT INTO countries VALUES('PY','PRY','Paraguay','Paraguay','باراغواي');
INSERT INTO countries VALUES('QA','QAT','Qatar','Qatar','قطر');
INSERT INTO countries VALUES('RE','REU','Réunion','La Réunion','روينيون');
INSERT INTO countries VALUES('RO','ROU','Romania','Roumanie','رومانيا');
INSERT INTO countries VALUES('RS','SRB','Serbia','Serbie','صربيا');
INSERT INTO countries VALUES('RU','RUS','Russia','Russie','روسيا');
INSERT INTO countries VALUES('RW','RWA','Rwanda','Rwanda','رواندا');
INSERT INTO countries VALUES('SA','SAU','Saudi Arabia','Arabie saoudite','المملكة العربية السعودية');
INSERT INTO countries VALUES('SB','SLB','Solomon Islands','Îles Salomon','جزر سليمان');
INSERT INTO countries VALUES('SC','SYC','Seychelles','Seychelles','سيشل');
INSERT INTO countries VALUES('SD','SDN','Sudan','Soudan','السودان');
INSERT INTO countries VALUES('SE','SWE','Sweden','Suède','السويد');
INSERT INTO countries VALUES('SG','SGP','Singapore','Singapour','سنغافورة');
INSERT INTO countries VALUES('SH','SHN','Saint Helena','Sainte-Hélène','سانت هيلينا');
INSERT INTO countries VALUES('SI','SVN','Slovenia','Slovénie','سلوفينيا');
INSERT INTO countries VALUES('SJ','SJM','Svalbard and Jan Mayen','Svalbard et Jan Mayen','سفالبارد وجان ماين');
INSERT INTO countries VALUES('SK','SVK','Slovakia','Slovaquie','سلوفاكيا');
INSERT INTO countries VALUES('SL','SLE','Sierra Leone','Sierra Leone','سيراليون');
INSERT INTO countries VALUES('SM','SMR','San Marino','Saint-Marin','سان مارينو');
INSERT INTO countries VALUES('SN','SEN','Senegal','Sénégal','السنغال');
INSERT INTO countries VALUES('SO','SOM','Somalia','Somalie','الصومال');
INSERT INTO countries VALUES('SR','SUR','Suriname','Suriname','سورينام');
INSERT INTO countries VALUES('SS','SSD','South Sudan','Soudan du Sud','جنوب السودان');
INSERT INTO countries VALUES('ST','STP','São Tomé and Príncipe','Sao Tomé-et-Principe','ساو تومي وبرينسيبي');
INSERT INTO countries VALUES('SV','SLV','El Salvador','Salvador','السلفادور');
INSERT INTO countries VALUES('SX','SXM','Sint Maarten','Saint-Martin (partie néerlandaise)','سانت مارتن');
INSERT INTO countries VALUES('SY','SYR','Syria','Syrie','سوريا');
INSERT INTO countries VALUES('SZ','SWZ','Eswatini','Eswatini','إسواتيني');
INSERT INTO countries VALUES('TC','TCA','Turks and Caicos Islands','Îles Turques-et-Caïques','جزر توركس وكايكوس');
INSERT INTO countries VALUES('TD','TCD','Chad','Tchad','تشاد');
INSERT INTO countries VALUES('TF','ATF','French Southern Territories','Terres australes françaises','الأقاليم الجنوبية الفرنسية');
INSERT INTO countries VALUES('TG','TGO','Togo','Togo','توغو');
INSERT INTO countries VALUES('TH','THA','Thailand','Thaïlande','تايلاند');
INSERT INTO countries VALUES('TJ','TJK','Tajikistan','Tadjikistan','طاجيكستان');
INSERT INTO countries VALUES('TK','TKL','Tokelau','Tokelau','توكيلاو');
INSERT INTO countries VALUES('TL','TLS','Timor-Leste','Timor oriental','تيمور الشرقية');
INSERT INTO countries VALUES('TM','TKM','Turkmenistan','Turkménistan','تركمانستان');
INSERT INTO countries VALUES('TN','TUN','Tunisia','Tunisie','تونس');
INSERT INTO countries VALUES('TO','TON','Tonga','Tonga','تونغا');
INSERT INTO countries VALUES('TR','TUR','Türkiye','Turquie','تركيا');
INSERT INTO countries VALUES('TT','TTO','Trinidad and Tobago','Trinité-et-Tobago','ترينيداد وتوباغو');
INSERT INTO countries VALUES('TV','TUV','Tuvalu','Tuvalu','توفالو');
INSERT INTO countries VALUES('TW','TWN','Taiwan','Taïwan','تايوان');
INSERT INTO countries VALUES('TZ','TZA','Tanzania','Tanzanie','تنزانيا');
INSERT INTO countries VALUES('UA','UKR','Ukraine','Ukraine','أوكرانيا');
INSERT INTO countries VALUES('UG','UGA','Uganda','Ouganda','أوغندا');
INSERT INTO countries VALUES('UM','UMI','U.S. Outlying Islands','Îles mineures éloignées des É.-U.','جزر الولايات المتحدة النائية');
INSERT INTO countries VALUES('US','USA','United States','États-Unis','الولايات المتحدة');
INSERT INTO countries VALUES('UY','URY','Uruguay','Uruguay','أورغواي');
INSERT INTO countries VALUES('UZ','UZB','Uzbekistan','Ouzbékistan','أوزبكستان');
INSERT INTO countries VALUES('VA','VAT','Vatican City','Vatican','الفاتيكان');
INSERT INTO countries VALUES('VC','VCT','Saint Vincent and Grenadines','Saint-Vincent-et-les Grenadines','سانت فنسنت وجزر غرينادين');
INSERT INTO countries VALUES('VE','VEN','Venezuela','Venezuela','فنزويلا');
INSERT INTO countries VALUES('VG','VGB','British Virgin Islands','Îles Vierges britanniques','جزر فيرجن البريطانية');
INSERT INTO countries VALUES('VI','VIR','U.S. Virgin Islands','Îles Vierges des États-Unis','جزر فيرجن الأمريكية');
INSERT INTO countries VALUES('VN','VNM','Vietnam','Viêt Nam','فيتنام');
INSERT INTO countries VALUES('VU','VUT','Vanuatu','Vanuatu','فانواتو');
INSERT INTO countries VALUES('WF','WLF','Wallis and Futuna','Wallis-et-Futuna','جزر والس وفوتونا');
INSERT INTO countries VALUES('WS','WSM','Samoa','Samoa','ساموا');
INSERT INTO countries VALUES('XK','XKX','Kosovo','Kosovo','كوسوفو');
INSERT INTO countries VALUES('YE','YEM','Yemen','Yémen','اليمن');
INSERT INTO countries VALUES('YT','MYT','Mayotte','Mayotte','مايوت');
INSERT INTO countries VALUES('ZA','ZAF','South Africa','Afrique du Sud','جنوب أفريقيا');
INSERT INTO countries VALUES('ZM','ZMB','Zambia','Zambie','زامبيا');
INSERT INTO countries VALUES('ZW','ZWE','Zimbabwe','Zimbabwe','زيمبابوي');
CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    type             TEXT NOT NULL CHECK (type IN ('meeting', 'agreement', 'commission_session')),
    status           TEXT NOT NULL CHECK (status IN ('occurred', 'planned')),
    date             TEXT,
    date_precision   TEXT CHECK (date_precision IN ('year', 'month', 'day')),
    date_first       TEXT,
    date_last        TEXT,
    end_date         TEXT,
    location_name    TEXT,
    location_country TEXT,
    mode             TEXT CHECK (mode IN ('in_person', 'phone', 'video')),
    instrument       TEXT CHECK (instrument IN ('mou', 'agreement', 'treaty', 'convention', 'protocol', 'declaration', 'other')),
    count            INTEGER,
    title            TEXT,
    body             TEXT,
    ordinal          INTEGER,
    confidence       REAL NOT NULL DEFAULT 0.5, country_key TEXT, details TEXT NOT NULL DEFAULT '',
    CHECK ((date IS NULL) = (date_precision IS NULL))
);
INSERT INTO events VALUES(1,'agreement','occurred','2025-03-13','day','2025-03-13','2025-03-13',NULL,'Cairo','EG',NULL,'mou',2,NULL,NULL,NULL,0.79999999999999993338,'EG,JO','EGJOبدر عبد العاطيEGforeign ministerأيمن الصفديJOforeign ministeragreementoccurred2025-03-13Cairomou2');
INSERT INTO events VALUES(2,'meeting','occurred','2025-03-13','day','2025-03-13','2025-03-13',NULL,'Cairo','EG','in_person',NULL,NULL,NULL,NULL,NULL,0.94999999999999995559,'EG,JO','EGJOبدر عبد العاطيEGforeign ministerأيمن الصفديJOforeign ministermeetingoccurred2025-03-13Cairoin_person');
INSERT INTO events VALUES(4,'agreement','occurred','2025-03-13','day','2025-03-13','2025-03-13',NULL,'Cairo','EG',NULL,'mou',2,'الأولى بالتعاون في مجال الربط الكهربائي',NULL,NULL,0.5,'EG,SY','EGSYبدر عبد العاطيEGforeign ministeragreementoccurred2025-03-13Cairomou2الأولى بالتعاون في مجال الربط الكهربائي');
INSERT INTO events VALUES(5,'commission_session','planned','2025-04','month','2025-04-01','2025-04-30',NULL,'Amman','JO',NULL,NULL,NULL,NULL,'اللجنة العليا الأردنية المصرية المشتركة',NULL,0.89999999999999991118,'EG,JO','EGJOمصطفى مدبوليEGprime ministerجعفر حسانJOprime ministercommission_sessionplanned2025-04Ammanاللجنة العليا الأردنية المصرية المشتركة');
INSERT INTO events VALUES(6,'meeting','occurred','2025-06-10','day','2025-06-10','2025-06-10',NULL,'Rabat','MA','in_person',NULL,NULL,NULL,NULL,NULL,0.98999999999999999111,'FR,MA','FRMANasser BouritaMAforeign ministerJean-Noël BarrotFRforeign ministermeetingoccurred2025-06-10Rabatin_person');
INSERT INTO events VALUES(7,'agreement','occurred','2025-06-10','day','2025-06-10','2025-06-10',NULL,'Rabat','MA',NULL,'agreement',3,NULL,NULL,NULL,0.9250000000000000444,'FR,MA','FRMAJean-Noël BarrotFRforeign ministerناصر بوريطةMAforeign ministeragreementoccurred2025-06-10Rabatagreement3');
INSERT INTO events VALUES(8,'meeting','occurred','2025-11-19','day','2025-11-19','2025-11-19',NULL,NULL,NULL,'phone',NULL,NULL,NULL,NULL,NULL,0.94999999999999995559,'CN,SA','CNSAفيصل بن فرحان بن عبداللهSAforeign ministerوانغ ييCNforeign ministermeetingoccurred2025-11-19phone');
INSERT INTO events VALUES(9,'commission_session','planned','2025-12-08','day','2025-12-08','2025-12-09','2025-12-09','Beijing','CN',NULL,NULL,NULL,NULL,'اللجنة السعودية الصينية المشتركة للتعاون الاقتصادي والتجاري والاستثماري والفني',12,0.89999999999999991118,'CN,SA','CNSAماجد بن عبدالله القصبيSAوانغ ون تاوCNministercommission_sessionplanned2025-12-082025-12-09Beijingاللجنة السعودية الصينية المشتركة للتعاون الاقتصادي والتجاري والاستثماري والفني12');
INSERT INTO events VALUES(10,'commission_session','occurred','2023','year','2023-01-01','2023-12-31',NULL,'Riyadh','SA',NULL,NULL,NULL,NULL,'اللجنة السعودية الصينية المشتركة للتعاون الاقتصادي والتجاري والاستثماري والفني',11,0.59999999999999997779,'CN,SA','CNSAcommission_sessionoccurred2023Riyadhاللجنة السعودية الصينية المشتركة للتعاون الاقتصادي والتجاري والاستثماري والفني11');
INSERT INTO events VALUES(11,'commission_session','occurred','2025-03-03','day','2025-03-03','2025-03-05','2025-03-05','Banjul','GM',NULL,NULL,NULL,NULL,'commission mixte',8,0.94999999999999995559,'GM,SN','GMSNYassine FallSNforeign ministerMamadou TangaraGMforeign ministercommission_sessionoccurred2025-03-032025-03-05Banjulcommission mixte8');
INSERT INTO events VALUES(12,'meeting','occurred','2025-03-04','day','2025-03-04','2025-03-04',NULL,'Dakar','SN','in_person',NULL,NULL,NULL,NULL,NULL,0.89999999999999991118,'GM,SN','GMSNYassine FallSNforeign ministerAdama BarrowGMpresidentBassirou Diomaye FayeSNpresidentmeetingoccurred2025-03-04Dakarin_person');
INSERT INTO events VALUES(13,'commission_session','planned','2026','year','2026-01-01','2026-12-31',NULL,'Dakar','SN',NULL,NULL,NULL,NULL,'commission mixte',9,0.59999999999999997779,'GM,SN','GMSNcommission_sessionplanned2026Dakarcommission mixte9');
INSERT INTO events VALUES(14,'meeting','occurred','2026-02-10','day','2026-02-10','2026-02-10',NULL,NULL,NULL,'video',NULL,NULL,NULL,NULL,NULL,0.94999999999999995559,'BR,JP','BRJPToshimitsu MotegiJPforeign ministerMauro VieiraBRforeign ministerMERCOSURmeetingoccurred2026-02-10video');
INSERT INTO events VALUES(15,'meeting','planned','2026-04','month','2026-04-01','2026-04-30',NULL,'Tokyo','JP','in_person',NULL,NULL,NULL,NULL,NULL,0.89999999999999991118,'BR,JP','BRJPMauro VieiraBRforeign ministerToshimitsu MotegiJPforeign ministermeetingplanned2026-04Tokyoin_person');
INSERT INTO events VALUES(16,'agreement','occurred','2010','year','2010-01-01','2010-12-31',NULL,NULL,NULL,NULL,'agreement',1,NULL,NULL,NULL,0.79999999999999993338,'BR,JP','BRJPagreementoccurred2010agreement1');
INSERT INTO events VALUES(17,'agreement','occurred','2026-01-13','day','2026-01-13','2026-01-13',NULL,'Beijing','CN',NULL,'mou',1,'disaster risk reduction',NULL,NULL,0.84999999999999997779,'CN,PK','CNPKIshaq DarPKforeign ministerWang YiCNforeign ministeragreementoccurred2026-01-13Beijingmou1disaster risk reduction');
INSERT INTO events VALUES(18,'meeting','occurred','2026-01-13','day','2026-01-13','2026-01-13',NULL,'Beijing','CN','in_person',NULL,NULL,NULL,NULL,NULL,0.94999999999999995559,'CN,PK','CNPKIshaq DarPKforeign ministerWang YiCNforeign ministermeetingoccurred2026-01-13Beijingin_person');
INSERT INTO events VALUES(19,'commission_session','occurred','2025-02-24','day','2025-02-24','2025-02-25','2025-02-25','Abuja','NG',NULL,NULL,NULL,NULL,'Joint Commission',3,0.84999999999999997779,'GH,NG','GHNGYusuf Maitama TuggarNGforeign ministerSamuel Okudzeto AblakwaGHforeign ministercommission_sessionoccurred2025-02-242025-02-25AbujaJoint Commission3');
INSERT INTO events VALUES(20,'meeting','occurred','2025-02-26','day','2025-02-26','2025-02-26',NULL,NULL,NULL,'in_person',NULL,NULL,NULL,NULL,NULL,0.89999999999999991118,'GH,NG','GHNGBola Ahmed TinubuNGpresidentSamuel Okudzeto AblakwaGHforeign ministermeetingoccurred2025-02-26in_person');
INSERT INTO events VALUES(21,'commission_session','planned','2026','year','2026-01-01','2026-12-31',NULL,'Accra','GH',NULL,NULL,NULL,NULL,'Joint Commission',4,0.59999999999999997779,'GH,NG','GHNGcommission_sessionplanned2026AccraJoint Commission4');
INSERT INTO events VALUES(22,'meeting','occurred','2025-05-18','day','2025-05-18','2025-05-18',NULL,'Algiers','DZ','in_person',NULL,NULL,NULL,NULL,NULL,0.89999999999999991118,'DZ,TN','DZTNAhmed AttafDZforeign ministerMohamed Ali NaftiTNforeign ministermeetingoccurred2025-05-18Algiersin_person');
INSERT INTO events VALUES(23,'meeting','occurred','2025-05-18','day','2025-05-18','2025-05-18',NULL,'Algiers','DZ','in_person',NULL,NULL,NULL,NULL,NULL,0.5,'DZ,LY','DZLYAhmed AttafDZforeign ministermeetingoccurred2025-05-18Algiersin_person');
INSERT INTO events VALUES(24,'agreement','occurred','2025-05-15','day','2025-05-15','2025-05-15',NULL,'Tunis','TN',NULL,'mou',1,NULL,NULL,NULL,0.59999999999999997779,'DZ,TN','DZTNAhmed AttafDZforeign ministerMohamed Ali NaftiTNforeign ministeragreementoccurred2025-05-15Tunismou1');
INSERT INTO events VALUES(25,'commission_session','planned','2025','year','2025-01-01','2025-12-31',NULL,'Algiers','DZ',NULL,NULL,NULL,NULL,'grande commission mixte',NULL,0.69999999999999995559,'DZ,TN','DZTNcommission_sessionplanned2025Algiersgrande commission mixte');
INSERT INTO events VALUES(26,'meeting','planned','2025','year','2025-01-01','2025-12-31',NULL,'Algiers','DZ','in_person',NULL,NULL,NULL,NULL,NULL,0.79999999999999993338,'DZ,TN','DZTNAhmed AttafDZforeign ministerMohamed Ali NaftiTNforeign ministermeetingplanned2025Algiersin_person');
CREATE TABLE event_countries (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country  TEXT NOT NULL,
    PRIMARY KEY (event_id, country)
) WITHOUT ROWID;
INSERT INTO event_countries VALUES(14,'BR');
INSERT INTO event_countries VALUES(15,'BR');
INSERT INTO event_countries VALUES(16,'BR');
INSERT INTO event_countries VALUES(8,'CN');
INSERT INTO event_countries VALUES(9,'CN');
INSERT INTO event_countries VALUES(10,'CN');
INSERT INTO event_countries VALUES(17,'CN');
INSERT INTO event_countries VALUES(18,'CN');
INSERT INTO event_countries VALUES(22,'DZ');
INSERT INTO event_countries VALUES(23,'DZ');
INSERT INTO event_countries VALUES(24,'DZ');
INSERT INTO event_countries VALUES(25,'DZ');
INSERT INTO event_countries VALUES(26,'DZ');
INSERT INTO event_countries VALUES(1,'EG');
INSERT INTO event_countries VALUES(2,'EG');
INSERT INTO event_countries VALUES(4,'EG');
INSERT INTO event_countries VALUES(5,'EG');
INSERT INTO event_countries VALUES(6,'FR');
INSERT INTO event_countries VALUES(7,'FR');
INSERT INTO event_countries VALUES(19,'GH');
INSERT INTO event_countries VALUES(20,'GH');
INSERT INTO event_countries VALUES(21,'GH');
INSERT INTO event_countries VALUES(11,'GM');
INSERT INTO event_countries VALUES(12,'GM');
INSERT INTO event_countries VALUES(13,'GM');
INSERT INTO event_countries VALUES(1,'JO');
INSERT INTO event_countries VALUES(2,'JO');
INSERT INTO event_countries VALUES(5,'JO');
INSERT INTO event_countries VALUES(14,'JP');
INSERT INTO event_countries VALUES(15,'JP');
INSERT INTO event_countries VALUES(16,'JP');
INSERT INTO event_countries VALUES(23,'LY');
INSERT INTO event_countries VALUES(6,'MA');
INSERT INTO event_countries VALUES(7,'MA');
INSERT INTO event_countries VALUES(19,'NG');
INSERT INTO event_countries VALUES(20,'NG');
INSERT INTO event_countries VALUES(21,'NG');
INSERT INTO event_countries VALUES(17,'PK');
INSERT INTO event_countries VALUES(18,'PK');
INSERT INTO event_countries VALUES(8,'SA');
INSERT INTO event_countries VALUES(9,'SA');
INSERT INTO event_countries VALUES(10,'SA');
INSERT INTO event_countries VALUES(11,'SN');
INSERT INTO event_countries VALUES(12,'SN');
INSERT INTO event_countries VALUES(13,'SN');
INSERT INTO event_countries VALUES(4,'SY');
INSERT INTO event_countries VALUES(22,'TN');
INSERT INTO event_countries VALUES(24,'TN');
INSERT INTO event_countries VALUES(25,'TN');
INSERT INTO event_countries VALUES(26,'TN');
CREATE TABLE event_organizations (
    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organization TEXT NOT NULL,
    PRIMARY KEY (event_id, organization)
) WITHOUT ROWID;
INSERT INTO event_organizations VALUES(14,'MERCOSUR');
CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    folded_name TEXT NOT NULL,                  -- lower case, no diacritics: what lookups compare
    country     TEXT,
    role        TEXT,
    UNIQUE (folded_name, country)
);
INSERT INTO actors VALUES(9,'ناصر بوريطة','ناصر بوريطه','MA','foreign minister');
INSERT INTO actors VALUES(25,'أحمد عطاف','احمد عطاف','DZ','foreign minister');
INSERT INTO actors VALUES(54,'محمد علي النفطي','محمد علي النفطي','TN','foreign minister');
INSERT INTO actors VALUES(86,'مصطفى مدبولي','مصطفي مدبولي','EG','prime minister');
INSERT INTO actors VALUES(93,'بدر عبد العاطي','بدر عبد العاطي','EG','foreign minister');
INSERT INTO actors VALUES(211,'جعفر حسان','جعفر حسان','JO','prime minister');
INSERT INTO actors VALUES(213,'أيمن الصفدي','ايمن الصفدي','JO','foreign minister');
INSERT INTO actors VALUES(318,'جان نويل بارو','جان نويل بارو','FR','foreign minister');
INSERT INTO actors VALUES(344,'وانغ يي','وانغ يي','CN','foreign minister');
INSERT INTO actors VALUES(385,'ماورو فييرا','ماورو فييرا','BR','foreign minister');
INSERT INTO actors VALUES(468,'توشيميتسو موتيغي','توشيميتسو موتيغي','JP','foreign minister');
INSERT INTO actors VALUES(557,'إسحاق دار','اسحاق دار','PK','deputy prime minister');
INSERT INTO actors VALUES(578,'بولا تينوبو','بولا تينوبو','NG','president');
INSERT INTO actors VALUES(586,'يوسف توغار','يوسف توغار','NG','foreign minister');
INSERT INTO actors VALUES(589,'باسيرو ديوماي فاي','باسيرو ديوماي فاي','SN','president');
INSERT INTO actors VALUES(602,'ياسين فال','ياسين فال','SN','foreign minister');
INSERT INTO actors VALUES(605,'آداما بارو','اداما بارو','GM','president');
INSERT INTO actors VALUES(612,'مامادو تانغارا','مامادو تانغارا','GM','foreign minister');
INSERT INTO actors VALUES(899,'صامويل أوكودزيتو أبلاكوا','صامويل اوكودزيتو ابلاكوا','GH','foreign minister');
INSERT INTO actors VALUES(2079,'فيصل بن فرحان بن عبدالله','فيصل بن فرحان بن عبدالله','SA','foreign minister');
INSERT INTO actors VALUES(2080,'ماجد بن عبدالله القصبي','ماجد بن عبدالله القصبي','SA',NULL);
CREATE TABLE participations (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    position INTEGER NOT NULL,                  -- order of first mention
    name     TEXT NOT NULL,                     -- as written in the document
    country  TEXT,
    role     TEXT,
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
INSERT INTO participations VALUES(1,93,0,'بدر عبد العاطي','EG','foreign minister');
INSERT INTO participations VALUES(1,213,1,'أيمن الصفدي','JO','foreign minister');
INSERT INTO participations VALUES(2,93,0,'بدر عبد العاطي','EG','foreign minister');
INSERT INTO participations VALUES(2,213,1,'أيمن الصفدي','JO','foreign minister');
INSERT INTO participations VALUES(4,93,0,'بدر عبد العاطي','EG','foreign minister');
INSERT INTO participations VALUES(5,86,0,'مصطفى مدبولي','EG','prime minister');
INSERT INTO participations VALUES(5,211,1,'جعفر حسان','JO','prime minister');
INSERT INTO participations VALUES(6,9,0,'Nasser Bourita','MA','foreign minister');
INSERT INTO participations VALUES(6,318,1,'Jean-Noël Barrot','FR','foreign minister');
INSERT INTO participations VALUES(7,9,1,'ناصر بوريطة','MA','foreign minister');
INSERT INTO participations VALUES(7,318,0,'Jean-Noël Barrot','FR','foreign minister');
INSERT INTO participations VALUES(8,344,1,'وانغ يي','CN','foreign minister');
INSERT INTO participations VALUES(8,2079,0,'فيصل بن فرحان بن عبدالله','SA','foreign minister');
INSERT INTO participations VALUES(9,344,1,'وانغ ون تاو','CN','minister');
INSERT INTO participations VALUES(9,2080,0,'ماجد بن عبدالله القصبي','SA',NULL);
INSERT INTO participations VALUES(11,602,0,'Yassine Fall','SN','foreign minister');
INSERT INTO participations VALUES(11,612,1,'Mamadou Tangara','GM','foreign minister');
INSERT INTO participations VALUES(12,589,2,'Bassirou Diomaye Faye','SN','president');
INSERT INTO participations VALUES(12,602,0,'Yassine Fall','SN','foreign minister');
INSERT INTO participations VALUES(12,605,1,'Adama Barrow','GM','president');
INSERT INTO participations VALUES(14,385,1,'Mauro Vieira','BR','foreign minister');
INSERT INTO participations VALUES(14,468,0,'Toshimitsu Motegi','JP','foreign minister');
INSERT INTO participations VALUES(15,385,0,'Mauro Vieira','BR','foreign minister');
INSERT INTO participations VALUES(15,468,1,'Toshimitsu Motegi','JP','foreign minister');
INSERT INTO participations VALUES(17,344,1,'Wang Yi','CN','foreign minister');
INSERT INTO participations VALUES(17,557,0,'Ishaq Dar','PK','foreign minister');
INSERT INTO participations VALUES(18,344,1,'Wang Yi','CN','foreign minister');
INSERT INTO participations VALUES(18,557,0,'Ishaq Dar','PK','foreign minister');
INSERT INTO participations VALUES(19,586,0,'Yusuf Maitama Tuggar','NG','foreign minister');
INSERT INTO participations VALUES(19,899,1,'Samuel Okudzeto Ablakwa','GH','foreign minister');
INSERT INTO participations VALUES(20,578,0,'Bola Ahmed Tinubu','NG','president');
INSERT INTO participations VALUES(20,899,1,'Samuel Okudzeto Ablakwa','GH','foreign minister');
INSERT INTO participations VALUES(22,25,0,'Ahmed Attaf','DZ','foreign minister');
INSERT INTO participations VALUES(22,54,1,'Mohamed Ali Nafti','TN','foreign minister');
INSERT INTO participations VALUES(23,25,0,'Ahmed Attaf','DZ','foreign minister');
INSERT INTO participations VALUES(24,25,0,'Ahmed Attaf','DZ','foreign minister');
INSERT INTO participations VALUES(24,54,1,'Mohamed Ali Nafti','TN','foreign minister');
INSERT INTO participations VALUES(26,25,0,'Ahmed Attaf','DZ','foreign minister');
INSERT INTO participations VALUES(26,54,1,'Mohamed Ali Nafti','TN','foreign minister');
CREATE TABLE sources (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    evidence    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL, country_key TEXT, organizations TEXT,
    PRIMARY KEY (event_id, document_id)
) WITHOUT ROWID;
INSERT INTO sources VALUES(1,1,'عبد العاطي والصفدي يبحثان في القاهرة تنسيق المواقف ويوقعان مذكرتي تفاهم',0,71,'EG,JO','');
INSERT INTO sources VALUES(2,1,'استقبل الدكتور بدر عبد العاطي، وزير الخارجية والهجرة وشؤون المصريين بالخارج، اليوم الخميس بمقر الوزارة في العاصمة، نظيره الأردني أيمن الصفدي، وزير الخارجية وشؤون المغتربين، الذي يقوم بزيارة عمل قصيرة إلى مصر.',97,305,'EG,JO','');
INSERT INTO sources VALUES(4,1,'وفي ختام المباحثات، وَقَّعَ الوزيران مذكرتي تفاهم، تتعلق الأولى بالتعاون في مجال الربط الكهربائي وتبادل الطاقة، بينما تتناول الثانية تبادل الخبرات بين المعهدين الدبلوماسيين في البلدين.',539,723,'EG,SY','');
INSERT INTO sources VALUES(5,1,'ومن المقرر أن تستضيف عمّان الشهر المقبل اجتماعات اللجنة العليا الأردنية المصرية المشتركة، برئاسة رئيس مجلس الوزراء الدكتور مصطفى مدبولي ونظيره الأردني جعفر حسان، على أن تتناول ملفات الاستثمار والنقل البري والربط الكهربائي.',930,1152,'EG,JO','');
INSERT INTO sources VALUES(6,2,'الرباط وباريس توقعان ثلاث اتفاقيات في ختام مباحثات بوريطة وبارو',30,93,'FR,MA','');
INSERT INTO sources VALUES(6,4,'Le ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l''étranger, Nasser Bourita, a reçu ce mardi 10 juin 2025 à Rabat le ministre français de l''Europe et des Affaires étrangères, Jean-Noël Barrot, pour une séance de travail consacrée au suivi des engagements pris par les deux pays.',110,432,'FR,MA','');
INSERT INTO sources VALUES(7,2,'وتُوِّجت الجلسة، التي احتضنها مقر وزارة الخارجية، بتوقيع الوزيرين على ثلاث اتفاقيات، تخص الأولى التعاون القنصلي، والثانية التعليم العالي والبحث العلمي، فيما تهم الثالثة التدبير المندمج للموارد المائية.',380,581,'FR,MA','');
INSERT INTO sources VALUES(7,4,'Rabat et Paris signent trois accords lors de la visite de Jean-Noël Barrot',34,108,'FR,MA','');
INSERT INTO sources VALUES(8,3,'وزير الخارجية يتلقى اتصالاً هاتفياً من نظيره الصيني',0,51,'CN,SA','');
INSERT INTO sources VALUES(9,3,'وتطرق الجانبان إلى التحضيرات الجارية لانعقاد الدورة الثانية عشرة للجنة السعودية الصينية المشتركة للتعاون الاقتصادي والتجاري والاستثماري والفني، التي ستُعقد في العاصمة الصينية بكين يومي 8 و9 ديسمبر المقبل، برئاسة وزير التجارة الدكتور ماجد بن عبدالله القصبي ووزير التجارة الصيني وانغ ون تاو.',429,718,'CN,SA','');
INSERT INTO sources VALUES(10,3,'يُذكر أن اللجنة عقدت دورتها الحادية عشرة في الرياض عام 2023، وركزت أعمالها حينها على مشروعات الطاقة المتجددة والبنية التحتية والتحول الرقمي.',720,860,'CN,SA','');
INSERT INTO sources VALUES(11,5,'Coopération sénégalo-gambienne : la 8e session de la commission mixte s''achève à Banjul',0,87,'GM,SN','');
INSERT INTO sources VALUES(12,5,'En marge des travaux, Mme Fall a été reçue en audience le 4 mars par le président gambien Adama Barrow, auquel elle a remis un message de son homologue sénégalais, le président Bassirou Diomaye Faye.',827,1026,'GM,SN','');
INSERT INTO sources VALUES(13,5,'La 9e session doit se tenir à Dakar au cours du premier semestre 2026.',1160,1230,'GM,SN','');
INSERT INTO sources VALUES(14,6,'Japan, Brazil foreign ministers hold video talks on trade and climate',0,69,'BR,JP','MERCOSUR');
INSERT INTO sources VALUES(15,6,'Vieira is scheduled to travel to Tokyo in April for face-to-face talks with Motegi, the ministry said.',705,807,'BR,JP','');
INSERT INTO sources VALUES(16,6,'Japan and Brazil signed a social security agreement in 2010, sparing workers posted between the two countries from paying pension contributions in both.',809,961,'BR,JP','');
INSERT INTO sources VALUES(17,7,'Dar, Wang Yi hold talks in Beijing, sign MoU on disaster risk reduction',29,100,'CN,PK','');
INSERT INTO sources VALUES(18,7,'Dar, Wang Yi hold talks in Beijing, sign MoU on disaster risk reduction',29,100,'CN,PK','');
INSERT INTO sources VALUES(19,9,'Nigeria, Ghana wrap up 3rd session of Joint Commission in Abuja',53,116,'GH,NG','');
INSERT INTO sources VALUES(20,9,'On the sidelines of the session, President Bola Ahmed Tinubu received Ablakwa at the State House on Tuesday.',802,910,'GH,NG','');
INSERT INTO sources VALUES(21,9,'The commission’s 4th session will be held in Accra in 2026, officials said.',1262,1337,'GH,NG','');
INSERT INTO sources VALUES(22,10,'ALGER – Le ministre d''État, ministre des Affaires étrangères, de la Communauté nationale à l''étranger et des Affaires africaines, Ahmed Attaf, a reçu hier au siège de son département son homologue tunisien, Mohamed Ali Nafti, arrivé la veille à Alger pour une visite de travail.',60,338,'DZ,TN','');
INSERT INTO sources VALUES(23,10,'L''entretien, élargi ensuite aux membres des deux délégations, a porté sur le développement des wilayas et gouvernorats frontaliers, la relance des projets d''infrastructures communs ainsi que sur les crises libyenne et sahélienne.',340,569,'DZ,LY','');
INSERT INTO sources VALUES(24,10,'Cette visite intervient quelques jours après la signature, jeudi dernier à Tunis, d''un mémorandum d''entente relatif à la gestion concertée des ressources en eau partagées, conclu par les ministres de l''Agriculture des deux pays.',571,799,'DZ,TN','');
INSERT INTO sources VALUES(25,10,'Les deux chefs de la diplomatie ont par ailleurs examiné les préparatifs de la prochaine session de la grande commission mixte algéro-tunisienne, qui doit se réunir à Alger d''ici la fin de l''année sous la présidence des Premiers ministres.',801,1040,'DZ,TN','');
INSERT INTO sources VALUES(26,10,'Les deux chefs de la diplomatie ont par ailleurs examiné les préparatifs de la prochaine session de la grande commission mixte algéro-tunisienne, qui doit se réunir à Alger d''ici la fin de l''année sous la présidence des Premiers ministres.',801,1040,'DZ,TN','');
CREATE TABLE IF NOT EXISTS 'document_search_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO document_search_data VALUES(1,X'0a708f48');
INSERT INTO document_search_data VALUES(10,X'00000000010a0a000a0101010201010301010401010501010601010701010801010901010a0101');
INSERT INTO document_search_data VALUES(137438953473,X'000008cc03303133010601010e01043230323501060101100110d8a7d8acd8aad985d8a7d8b9d8a7d8aa01080101811a0409b3d8aad982d8a8d9840106010111080785d8b1d8a7d8b10108010181050605b9d8a7d8b101080101810d0405b9d8b1d8a8010601017f0306d982d8b1d8a701080101810b040583d8abd8b101080101813b040b84d8a7d8aed98ad8b1d98701080101813f0807b1d8afd986d98a010a01012381070f02d98701080101811d080bb3d8aad8abd985d8a7d8b101080101812f0708d982d984d98ad985010601017a080785d986d98ad987010801018144080788d8b6d8a7d8b9010601014f0904d984d98a010601015e0605a8d8b1d98a0108010181310708d984d8afd98ad986010a01013f324c08078ad986d98ad987010601014b060baad8add8afd98ad8a7d8aa0108010181430807b4d8a7d988d8b10108010181060807b9d8a7d988d98601060101420708d986d8b3d98ad98201080101813708018a0108010181460609abd8a7d986d98ad98701060101680708d986d8a7d98ad98a01060101430607acd8a7d986d8a8010801018109060baed8a7d8b1d8acd98ad987010a01011712100807a8d8b1d8a7d8aa010601016a0706d985d98ad8b3010601011d0613afd8a8d984d988d985d8a7d8b3d98ad98ad986010601016d0708d983d8aad988d8b1010a0101128114080588d8b1d98a0108010181070605b0d987d8a801080101810e08018a010601012a0605b1d8a8d8b701060101620609b3d986d988d8a7d8aa01080101813e080388d9820108010181110605b4d987d8b10108010181180607b5d981d8afd98a01080101255d0607b7d8a7d982d98701080101481f0609b9d8a7d8b5d985d98701060101210a03b7d98a010c03010103145f0706d984d98ad8a701080101811c0609bad8b1d8a8d98ad9870106010154050ad982d8a7d987d8b1d987010c07010107086b060d83d987d8b1d8a8d8a7d98ad98a010801016352060784d8acd986d98701080101811b060d85d8a8d8a7d8add8abd8a7d8aa01060101580809b4d8aad8b1d983d98701080101811f0805b5d8b1d98a01080101810a0d02d987010a0101365e0e0e038ad986010601011a0809b9d987d8afd98ad986010601016c080bbad8aad8b1d8a8d98ad98601060101290706d982d8a8d9840108010181190a03b1d8b1010801018114080785d984d983d987010801018103080786d8b7d982d987010801018148080788d8a7d982d981010809010109060988d8b2d8a7d8b1d987010601011f0a05b1d8a7d8a10108010181230908d98ad8b1d8a7d986010601015a0d04d98ad986010601013806018a010801012f1f0704d988d985010801011c75040186010e0101373f23190c050ad8aad8b8d8a7d985d8a701080101813c04058ad8b6d8a701080101810c0504d985d98601060101240205a8d8a7d8aa01080101813a050cd984d8aad8b9d8a7d988d986010601015f0807aed8a7d8b1d8ac010601011b0407add8b6d988d8b1010601013d0403afd8b101060101130409b1d98ad8a7d8b3d9870108010181200409b2d98ad8a7d8b1d987010601012c0306d985d982d8b1010601011e04058ad8a7d98601060101320502d986010801016b4f0704d985d8a701060101660209aad8a8d8a7d8afd98401060101690407aad8b9d984d982010601015d0508d986d8a7d988d9840108010167480409b3d8aad8b6d98ad9810108010181160407b4d8a7d8a8d9830108010181420409b7d988d8b1d8a7d8aa010601014e0308d981d8a7d987d985010a0c01010c52040583d8a7d8af010601017b0504d988d986010601017c040986d8a7d988d984d8aa01060101400605b3d98ad982010808010108040b88d8a7d8acd987d987d8a70108010181470207acd8a7d986d8a8010601014d0405b9d981d8b10108010181290306d984d8b3d987010601013a0205add8b1d8b50108010181020405b3d8a7d98601080101812a0207aed8aad8a7d98501060101570207afd981d8b9d98701060101450207b1d98ad98ad8b30108010181210207b5d8a7d8afd8b101060101330203b8d9840108010181410205b9d8a8d8af010c02010102145f0306d982d8afd8a70106010139040384d98a010a0101731329040585d8a7d9860108010181170502d984010601012d04018601080101344f0205bad8b2d98701060101520104d981d98a0118060101061c280c1210242f050504d985d8a7010601017e020982d8b5d98ad8b1d987010601012e0407b6d8a7d98ad8a701060101790405b7d8a7d8b901060101510904d8a7d8aa0106010147020785d8a7d8b1d8b3010601010f040ba8d8a7d8add8abd8a7d8aa010601013b040baad8b7d8a7d8a8d982d987010601017d0405acd8a7d98401060101610504d984d8b30108010181220409add984d984d988d9860108010181350409afd8a8d988d984d98a0108010181260409b0d983d8b1d8aad98a010a0b01010b520405b3d8a7d8b101060101410403b5d8b101060101300605b7d981d98a0108010181250401b90108010181080308d984d981d8a7d8aa01080101812e0401860106010178040788d8a7d982d98101060101750605b3d8b9d987010601013c020986d8b8d98ad8b1d9870106010122021588d8a7d984d8a7d982d8aad8b5d8a7d8afd98ad9870108010181450809aad8acd8a7d8b1d987010601014a0805b1d8a8d8b70108010181320807b5d981d8afd98a0108040101040805b6d981d98701060101530706d986d982d984010801014969080787d8acd8b1d98701060101180409aad8a8d8a7d8afd98401060101640405b0d983d8b101060101310405b2d98ad8b10108010116120405b3d8a8d98401060101440508d988d8b1d98ad8a701060101550405b4d8afd8af01060101700506d988d988d9860108010119110407b9d985d8a7d98601060101770306d981d8afd98a010601013e0502d98a0106010156040382d8b90106010159040385d986010801018113040986d8b8d98ad8b1d98701080101812704058ad8b1d98a010801018134050ad988d982d8b9d8a7d98601080a01010a020b8ad8a8d8add8abd8a7d9860108050101050306d982d988d985010601012b04090b18100f0d0c0e0d13100a130f0f0e0b0d110e130f0e1009100f0f140e0d1a110d0d080c110b0d0f0f100d0e1014150f14110d0b0a10120e0b0f0f0f100d0f0b090c0c120d0b0d130e0e0a11100d0c0a0b100e10110f10110c0b100d130e0d0d0d0d0e0e0f0e0b0f0d0c0d09090c140b100e0c0b0e12120c0c1111120c0a0d0910080e0c101d100d0f0c0e0e100c0d0c0f0c0e0e0d090a0b110d1213');
INSERT INTO document_search_data VALUES(274877906945,X'000007b1033030390206010113010231310206010110020135020601011401043230323402080101752804013502060101120110d8a7d8aad981d8a7d982d98ad8a7d8aa020a0601010940040badd8aad8b6d986d987d8a7020601013f0506d988d8a7d98402080101810b040bb3d8aad8b9d8a7d8afd8aa0208010181180405b7d8a7d8b102060101630306d982d8b1d8a7020801018108040983d8aad988d8a8d8b10206010174041184d8a7d8aad981d8a7d982d98ad8a7d8aa02060101600809b1d8a8d8b9d8a7d8a1020601010f080fb3d8aad8abd986d8a7d98ad98ad98702060101680805b4d987d8b1020601013a0807b9d984d8a7d9860206010165070ad981d8b1d98ad982d98a020601012c1102d987020801018107080588d984d98a02060101490607a8d8b1d988d8af02080101811f0708d984d8afd98ad98602060101380609aad8afd8a8d98ad8b102060101540809b2d8a7d985d8a7d8aa02060101350807b9d8a7d988d986020601014a0906d984d98ad985020601014d0702d98a020601013e0609abd8a7d984d8abd9870206010153070ad984d8a7d8abd8a7d8a1020601011f0607acd984d8b3d987020601013d060baed8a7d8b1d8acd98ad987020a010119131a0706d985d98ad8b302080101810e060fafd8a8d984d988d985d8a7d8b3d98a0208010181120603b0d98a020601016a0607b1d8a8d8a7d8b7020c020101058113070ad98ad98ad8b3d98ad98702060101020607b3d8a7d8afd8b3020601016e0607b4d988d988d98602060101290605b7d982d8b302080101810c0607b9d8a7d984d98a020601014e070ad984d8a7d982d8a7d8aa0208010181140904d985d98a0206010150050ad981d8b1d986d8b3d98a020801011a60060782d8a7d8b1d9870208010181060708d986d8b5d984d98a020601014b060985d8a7d8b6d98ad987020601013b0906d98ad98ad98702060101570807aad8b9d984d98202060101660807b3d988d988d98402060101770805bad8b1d8a8020601017f070ad982d98ad985d98ad986020601012e080384d983020601016c080786d8afd985d8ac0206010155060b88d8b2d98ad8b1d98ad98602060101440807b7d98ad8afd987020601016906018a020801017a06040385d8a702060101760605aad8afd8aa0208010181200601b3020601011e040186020a01015e1f1a040988d8b1d988d8a8d8a7020601011704058ad8b6d8a7020801018109050cd985d8a7d986d988d98ad98402060101700207a8d8a7d8b1d988020601011d060bb9d8aad8a8d8a7d8b1d987020801018100050ad984d8aed8a7d8b1d8ac020601012f0807b1d8a8d8a7d8b70208010120540809b4d8b1d8a7d983d98702060101670409aad988d982d98ad8b902060101430403b9d8af02080101811c0308d984d8a7d8afd987020601017c040988d8b1d98ad8b7d987020c0a01010d1c3404038ad9860208010137600207aad8add982d98202060101330403aed8b502060101480308d981d8b9d98ad9840206010164040786d8afd8b1d8ac02060101610603b8d8b1020601017d040387d9850206010152040988d982d8b9d8a7d8aa02080101810a0b02d9860208040101070207abd984d8a7d8ab020a05010108400205acd8a7d986020601011b0306d984d8b3d98702060101230203add984020601011504038ad8ab02060101210207aed8aad8a7d98502080801010b0405b5d8b5d8aa02060101300306d984d8a7d9840208010139230211afd8a8d984d988d985d8a7d8b3d98ad98702060101040209b2d8aed985d987d8a70208010181190209b3d98ad8a7d8b3d98702060101030209b4d8b1d98ad983d8a70208010181010209b5d8add8a7d981d98a020601015c0205b9d982d8af0206010122040d84d8a7d982d8a7d8aad987d8a70208010181040502d98a0206010145040385d9840206010124010ad981d8a7d8b4d8a7d8b102060101790302d98a020e0701010a5a13120504d985d8a70206010151020b84d8aad982d98ad98ad98502060101310409b3d986d988d8a7d8aa0208010181210306d982d8a7d8a1020601015b040784d8b4d8a7d986020801018111050ad985d988d8a7d8b1d8af020601015604058ad988d98502080101810d020385d8a702060101320508d983d8b1d988d9860206010171040ba8d8a7d8add8abd8a7d8aa02080901010c040baad8aad8a8d8b9d988d9860208010181100405add985d8af020601016d060788d8b1d98ad8a70208010181020407b1d8add984d98702080101811d0407b4d8aad8b1d983020601015d0b02d98702060101360401b90208010125620304d982d8b1020601014004018602080101346c0502d8b002080101811a020786d8a7d8b5d8b102060101260306d988d98ad984020601011c020587d8b0d987020601015f020b88d8a7d984d8a8d8add8ab020601014f0809aad8b9d8a7d988d986020601012b0809abd8a7d986d98ad987020601014c0807b1d98ad98ad8b3020601016f0807b4d988d988d9860206010118070cd985d8bad8a7d8b1d8a8d987020601012d060588d8b6d8ad02060101580407a8d8a7d8b1d98802080b01010e0a038ad8b3020c0301010681130407aad988d8acd8aa020601013c0407b2d8a7d8b1d98702060101410504d98ad8b10208010116140306d982d8b9d987020601016b04058ad8b1d98a02080101810f02098ad988d986d98ad9880206010111040909080c0819120e130c0e101810160c0e110a0c0f0f10100e0d0910110e140e170a11110e0e0d0e120b120f0f100d0e0e0c110a0e120e090a0d080a100d130e13110f10100b0f130b0e0a0f0e0a0a110a100c0d0a0a0f0c0e18111011100c15090a110d0b12110d0f110d0a0f13130c0f0f0e09090b090a0e0d0c1210100e0e130c0f0d0e0e0c0d0d');
INSERT INTO document_search_data VALUES(412316860417,X'0000074c053031343437030601010e0102323003060101110302313603080101811803023233030601017b0401350306010113020139030601010b010138030601015f010cd8a7d8aad8b5d8a7d984d8a7030a050101051f040bb3d8aad8b9d8b1d8a7d8b6030601012f0407b6d8a7d981d987030601013d040bb9d985d8a7d984d987d8a7030601017d030cd984d8a7d8aad8b5d8a7d984030601012e0811b3d8aad8b1d8a7d8aad98ad8acd98ad98703080101810e0906d98ad988d98a03080101810b070cd982d8aad8b5d8a7d8afd98a0306010154090ad984d98ad985d98ad9870306010141080585d98ad8b10306010118080987d8aad985d8a7d9850306010144080588d984d98a030601010d0609aad8acd8a7d8b1d9870308010165090807add8aad98ad9870308010181040a09b6d98ad8b1d8a7d8aa03060101490702d98a03060101580609abd8a7d986d98ad987030601014d070ad986d8a7d98ad98ad98703060101320609acd8a7d8b1d98ad987030601014a0908d986d8a8d8a7d98603060101470609add8a7d8afd98ad9870306010176060baed8a7d8b1d8acd98ad987030a030101031e0609afd983d8aad988d8b10306010166080588d8b1d987030601014c0607b1d982d985d98a03080101810608058ad8a7d8b6030a01010a711a060bb3d8b9d988d8afd98ad98703080101361c0704d985d98803060101170609b4d8a7d985d984d98703080101810f0a018603080101810a0807b1d8a7d983d98703080101810d0807b9d8a8d98ad98703060101290605b5d98ad98603060101280b02d98a030a09010109660d02d98703080101510d0607b7d8a7d982d987030a010181011e0609b9d8a7d8b5d985d987030601015b0807b1d8a8d98ad9870306010135070ad984d8a7d982d8a7d8aa03060101310508d982d8b5d8a8d98a030601016a060784d8acd986d9870306010173060b85d8aad8acd8afd8afd9870308010181020809acd8a7d984d8a7d8aa030601013b080bb3d8aad8acd8afd8a7d8aa03060101400807b4d8aad8b1d98303060101450f02d98703060101520706d982d8a8d9840306010162080785d984d983d9870306010134080788d8a7d981d982030601011006018a030801013e0c040385d8b3030601012104018603080101721c040588d8acd98703060101300205a8d8add8ab030601013f0409b1d98ad8a7d8b3d98703060101630306d983d98ad986030601015d040186030a01011a044e04038ad98603080101335f0205aad8a7d98803060101700405b4d987d8af0308010181130306d984d982d98a0306010115040b86d985d98ad8aad987d8a703060101390209acd985d8a7d8afd98a030601010c050ad987d988d8b1d98ad98703060101270209add98ad986d987d8a7030601017e020baed8a7d8b1d8acd98ad98703060101260306d984d8a7d984030601012d020bafd988d8b1d8aad987d8a7030601017504098ad8b3d985d8a8d8b103060101610205b0d8a7d8aa03080101435e0209b3d8aad8b9d982d8af03060101590306d98ad985d8a703080101811a0207b5d8a7d8add8a803060101160304d984d9870308010181200205b9d8a7d985030801017a1f040ba8d8afd8a7d984d984d987030801011d4e0405b4d8b1d987030801014e2b0306d982d8afd8aa0306010174040384d98a030601017f010ad981d8b1d8add8a7d986030601011b0302d98a030e01013a222013140504d8b5d9840306010119020982d8b7d8a7d8b9d98a03080101811c020783d8a7d981d987030601013c020384d8a7030801018119050ad986d8b9d982d8a7d8af030601014b030cd984d8aad8b9d8a7d988d98603060101530605acd986d987030601014f02018503060101140306d8a7d8acd8af03060101670409aed8aad8b5d988d9860308010181080405b3d8a7d8a103060101200409b4d8a7d8b1d983d9870308010181210609b1d988d8b9d8a7d8aa030801018100030ad984d8add988d8b8d8a7030801018115040186030a070101071f0502d8b0030801018116020986d8b8d98ad8b1d9870308080101080306d985d988d8a7030801018114040988d981d985d8a8d8b10306010112020187030601010f030ad8a7d8aad981d98ad8a7030a060101061f0202883903060101600314d8a7d984d8a7d8b3d8aad8abd985d8a7d8b1d98a03060101560807a8d986d98ad9870308010181030809aad8acd8a7d8b1d98a03060101550a05add988d9840308010181050908d982d986d98ad98703080101811e0809afd988d984d98ad98703060101420805b5d98ad98603060101370706d981d986d98a0306010157060386d8ba030801012a460407a8d983d98ad9860308010181120407aad8b7d8b1d98203060101460405acd8b1d98a030601012c0407b1d983d8b2d8aa030601017c0405b2d98ad8b1030e020101021e09410405b3d8a8d98403060101380302d986030601016f040788d8b2d98ad8b1030601016b04078ad982d988d98403080101810702098ad8aad984d982d98a0308040101040405b0d983d8b103060101710306d988d985d98a030601015e04018a030601012b040b090a0908080815120e1213190e13110c100c110f10091011100f1014100c0f0e130b11090f0e0c0b0a10100e110f0e1310120e090d0e0e090a090c0c100d0a0b0c0d0d12101110120d12100d100e0e0c0d130d0d0a110d0b110e0b11130c080d110c1111120a0a110e100813091b0f100d10100c0d0b0f0e0c0e100c090e0f110c0d');
INSERT INTO document_search_data VALUES(549755813889,X'00000621033031300406010129010432303235040601012b0101610414010120070920102c1527020663636f726473040a0701010a5504047565696c0406010102020766666169726573040801011622030772696361696e65040a01011b810202067474656e647504080101814b020175040601014103037373690408010181470305746f6d6e65040801018140020476616e740408010181180106626172726f74040a0f0101122a02066f757269746104080101245f01096361706974616c6573040801018139020165040601012703017304080101810402046861756404080101814a0303656673040601015202046f6d6d650408010181060503756e6504080101810f07017304080101812703066e637265746504080101810904056a6f696e74040601017f040673616372656504060101400506756c61697265040601016403096f7065726174696f6e040a01011a4b3d010164040601017a0203616e73040a01018128260201650420090501010c050b1b0f11080a240f051103047075697304080101813e0305726e69657204080101814103017304100101150a1a10343203027578040a0101480b69050469656d650406010166020769616c6f67756504080101813403076d656e73696f6e04080101811a0308706c6f6d617469650408010104530103656175040601017802016e040c010177220e1b0305657267696504080101812a0309676167656d656e74730406010144030a736569676e656d656e7404060101690303747265040a0101811f1906047469656e040601014f020174041203010106181a39380c030672616e676572040601012209026573040801011722020575726f706504060101330207766f7175616e74040801018124010866616365626f6f6b04080101814302066575696c6c6504080101810c02086f726d6174696f6e04080101812d020772616e6361697304080101306601056761676e6504080101813b0206657374696f6e04060101730109686f6d6f6c6f6775650408010181130108696e746567726565040601017405056e7369746504080101813d020473737565040601014c01046a65616e040a0d0101102a020375696e040601012a01016c0412010121131b051c4318020161041c0a01010d0e3d070b0c081b10061102016504100101131d32090c46030173040a0101470b69020369726504080101814602036f7273040a0801010b7001016d040801018100020461726469040601012804066f6361696e73040601011e02046574656f0408010181480207696e697374726504080101141d03017304080101811601066e6173736572040601012302036f656c040a0e0101112a010c6f627365727661746575727304080101813002026e7404060101560103706172040601014604026973040c04010107811d0405746167657204080101814203027973040601014902086c75736965757273040a0101812f2002046f696e74040601017c03076c697469717565040a01010381340303727465040601016003027572040601013b020672656d696572040601015f040573656e746504080101810305027365040601017e03026973040601014503056f636564650406010157040c66657373696f6e6e656c6c6504080101812e04046a6574730408010181260103717565040a010181112301057261626174040c020101052a7502086563686572636865040601016d0401750406010126030567696f6e7304080101814e03066c6576656e740408010181310306736964616e74040601011f0407736f7572636573040601017602046f75746504080101810e010c736369656e74696669717565040601016e020565616e6365040601013d020869676e6174757265040601015a0503656e7404080501010802026f6e0408010181120204756976690406010142030770657269657572040601016a030172040a010161080c010674616e6469730408010181100204656d70730408010181490304787465730408010181050209726164756374696f6e04080101810804047661696c040601013f03036f6973040a0601010955060469656d6504060101700102756e040601017b030165040801013c4d010676697369746504080b01010e0108776861747361707004080101814501017804080101814404090b0f0f0b0f100e080b0d0c0f0e1108090c0a0c0b090e0c0d0d12080c150c0d0d0b0b0f0f100a0b0d10110c0b0e0d0a0c0f100e100f0d0d110f0d0b0d0a0e130d0a0b0c090b0d0c0f090d0c14090a0c0d09110b100a090d0d09090c140c0c0f0f080d0e0d0e0c130c0f0b0a0b0e0a0e0c0c110b0c0b09090e10');
INSERT INTO document_search_data VALUES(687194767361,X'0000070705303230313705080101816204013905080101810703023235050601011304013605080101814d01013305060101230101340508010181180101350506010125010136050601011101023865050a06010106110102396505080101814101016105160e01010e1b23420c1226180204626f726405060101420205636865766505080d01010d020464616d6105080101811e03066f707465657305060101590207666661697265730506010135030772696361696e6505060101320206727469636c65050801018165050673616e616c65050601016f020175050c01012421810703066469656e636505080101811603047175656c050801018120010662616e6a756c050e0f01010f1b8134030472726f7705080101811f0306737369726f7505080101812c020469656e73050601016c010563656c75690506010149030373736505080101815d030174050801018164020a697263756c6174696f6e050601016702096f6d6d697373696f6e050a0a01010a110503756e65050601017b03086e6a6f696e7465730508010181380407736f6c69646572050801018160040676656e75657305080101813303096f7065726174696f6e050a020101021c030a707265736964656e6365050601012b0303757273050801018149010164050a01014175080204616b6172050c010110813913030776616e7461676505080101813c020165051e08010108110613050d231f0a282d0f03096c65676174696f6e730508010181310304707569730508010181610306726f756c65650506010121030173051201013413070f13052503027578050801014d650206696f6d61796505080101812d0308706c6f6d6174657305080101815003097363757373696f6e73050601016002036f6974050801018143030875616e696572657305080101813f020175050a0101225e4e01096567616c656d656e7405080101810902096c6563747269717565050601017203026c6505080101812102016e0510010151063104080b0303747265050801018157020273740506010120020174051001013308330b4822030165050a0101810a0b030872616e676572657305060101360206766f7175656505080101810b0206787065727473050601014604096c6f69746174696f6e050601017d010866616365626f6f6b05080101816603026c6c05080101385b0302796505080101812e0208726f6e7469657265050601017a010767616d6269656e050801013d6208026e65050a040101041c010a6861726d6f6e6973657205080101813b02086f6d6f6c6f677565050801013c6e010b696e746567726174696f6e050601013105076e736966696572050801018135050a72636f6e6e6578696f6e050601017101016c050a010130420e02016105280506010105060d061405280b0b0a09070a411405020165050c010176230611030173050c01014c155209030375727305080101813d020469627265050601016603066e6b6564696e05080101816802036f6e67050601017703027273050601015a01076d616d61646f75050601013e030372676505080101810d040173050a010112167502066573736167650508010181250207696e6973747265050601012e090173050601014b03017305080101810304016505060101540303787465050a0b01010b1102026d6505080101811001016e05080101815b02056976656175050601014402086f74616d6d656e74050601016201066f6575767265050601015602026e74050801014f14010370617205080101811a0405746167657205080101816303037373650506010150030974726f75696c6c657305080101813703027973050601014e020465636865050601016e030772736f6e6e6573050601016902086c7573696575727305080101814f02036f6e74050601017f030372746505060101630302757205080101814e02097265636564656e7465050601015d04046d69657205080101814b0406736964656e74050a0101811c1103086f6365647572657305080101813e02037569730506010147010f7265636f6d6d616e646174696f6e73050601015804027565050801018114030467696f6e05080101815403066c6174696f6e05080101815603036d69730508010181230304756e6973050601014003037675650506010152010173050a0c01010c15020165050a010181441d0306637572697465050601017503066d657374726505080101814c03086e6567616c61697305080101812908016f050a030101031c07046d6269650508010181020305727669636505080101810503057373696f6e050e07010107114a6602026f6e050801013b6e04017405080101813203027573050a010129812c020275720506010164010774616e67617261050601013f0204656e6972050801018145020672617661757805080101810f0102756e050801018124010178050801018167010779617373696e650506010137040c090909080908080b0a100b0d0c0d0e0e0e0d0b0e0c110c0e0b0c0b0911120a100f0e12110b0a0e0f14110c0d0e0a0e10100b100a11100a0d0b090d0a0f0e0d10100a0a0f0f0b1210120f110a190b0b0b0b0e0a090e0b0a0e0e0809080c0a090c0f0d0a0b0d0a11090b0e100a0a0a100c0f100a160a0c0e0b0b0a0a0a0d0e100a0c0d100a090b090e0c0e0a09');
INSERT INTO document_search_data VALUES(824633720833,X'000005c303303131060601010f01043230313006080101810704013606080101811e010234300606010133010161060801014a3a02056772656564060601015506046d656e74060801018105040969627573696e6573730606010140020468656164060601016402026e6406160b01010b0c131d1011232202047072696c06060101730205726f756e6406080101812402017306080101813601076265747765656e060801014d4002036c6f63060601015202036f7468060801018114020572617a696c060c030101037f22070369616e06080101172a020179060601011d0107636c696d617465060a0c01010c1f03036f7365060601016202086f6d6d756e69747906080101812e030b6e73756c746174696f6e73060601015a040474616374060601016305097269627574696f6e7306080101811203096f7065726174696f6e06060101270309756e74657270617274060601011806047269657306080101810e02077269746963616c060601015c010764657363656e7406080101812a0104656e64730608010181340304657267790606010143020878706f7274657273060801018137010466616365060801017504030473746572060601014702026562060601010e02076f637573696e670606010122030172060601017404046569676e060c040101040f1e020872616d65776f726b060601014c03026f6d06080101810f01046761696e060801018138030874686572696e6773060601016a0205726f777468060601013a01036861730608010181180203656c64060601011b02056967686572060801018135030173060601011602036f6c6406080601010603026d650608010181220102696e0612010130102513160f090308766573746d656e7406080101251a020173060801016c37030473756573060601012a01056a6170616e0610020101022b2532340603657365060a0101102e6f01076c61726765737406080101812c0304756e6368060601015702046576656c06060101590203696e6b060601011f01056d6175726f06060101190206656574696e670606010136030672636f73757206060101510206696c6c696f6e06080101812603066e6572616c73060601015d040569737465720606010112090173060a050101055107027279060801012e500403757465060601013402036f72650608010181320302737406080101811b030474656769060a0101142545020b756c74696c61746572616c060601016901066e696b6b656906080101813301026f66060a01013b2c4502016e0610090101091905073503046c696e650606010135020675747369646506080101812f0106706179696e670608010181100206656e73696f6e06080101811103046f706c6506080101812702056f7374656406080101810a0207726f6772657373060601014801047265616406080101813103076e657761626c65060601014202046973656e06080101811902066f7567686c790606010132010173060801012c3e0203616964060801012f50020863686564756c6564060601016d020765637572697479060801018104020569676e656406080101810103036e636506080101811d02056f6369616c0608010181030206706172696e6706080101810802037461790606010160020375636806080101812d010574616c6b73060c08010108165e0202686506120101310a19052a132103026973060601016602016f06100101560b1104082f03036b796f060801010d6603087368696d6974737506060101130304776172640606010149020472616465060e0a01010a1c294e040376656c060601016f020675657364617906060101210202776f060c0101810d0a120105757267656406060101460105766964656f060a0701010719030465697261060a01011a2d2801037761790608010181160207656c636f6d65640606010138020468696c6506060101440203697468060601017902066f726b6572730608010181090503696e670606010158010479656172060601016705017306080101811c04090c0909090c0c100b110b0d090f0a0b0f0b08100a10120b1110100c0e0f0c0b100c0b090e080e0f0a0c0f0c0b0a0d080b0a0f10090b110c0f0b0b0a0c0d0d0e0d0c0a0a0a0b0a0d120e0b0d0b0e0e0e0c0d0e0c0e0c0d090b0f0f0d0b0d0e0a0b0f0f090d0b0f0b0f0a0d0c0c0e0d0b0e0b0a0e0a0b');
INSERT INTO document_search_data VALUES(962072674305,X'0000056b023061070a010128382b020863636f7264696e6707080101262c020a666768616e697374616e070601014f02026e64071401011637120f110418140206727269766564070601017f020173070801018128020174070601015401046261636b07080101811b03056e6b696e67070801018129020665696a696e67070c0801010b1b6e0305747765656e07080101810d01076361706974616c070801018103020468696e61070601013c0503657365070a01011f274002056c6f736573070801018126020b6f6e736964657261626c7907080101811303096f7065726174696f6e07060101630306727269646f72070601013f0309756e746572706172740706010120060472696573070601016f020370656307080101405f0103646172070e020101051742260302746107060101740301790708010181090205656361646507080101811703066570656e65640708010181120304707574790706010113020869706c6f6d61637907060101040306736173746572070a0c01010f5801056561726c790706010172040874687175616b657307060101780207636f6e6f6d6963070601013e02086d657267656e6379070601016902026e640706010156030465726779070801018120020676656e696e6707060101300106666c6f6f6473070601017602056f6c6c6f7707080101812c0305726569676e0708010117140104686176650708010181110203656c64070601011b02056967686572070801018127030173070601011e02036f6c6407080501010803026d6507060101020102696e07160701010a1b0d1d07181e210308766573746d656e7407080101811e020473686171070601011903076c616d6162616407080101127e01076c617267656c7907080101811803027465070601012d010a6d616e6167656d656e74070601016a0209656d6f72616e64756d070601015f0207696e697374657207080101150502056f6e6461790708010181050302726507080101812403017507080a01010d01096e6174696f6e616c73070601014501026f66070e01013a0b160b3e030466696365070601012a060369616c07080101810a02016e07180b01010e2a131d15110415170203766572070801018114010870616b697374616e070a0101033c0f0302737407080101811602086572736f6e6e656c070601017c0204686173650706010139020472696d65070601011403066f6772657373070601013504056a65637473070601014802027378070801018125010572616c6c7907080101812b0203656164070801018123030764756374696f6e070a0e0101115803066c6561736564070601012c030473637565070601017b03067669657765640706010134020369736b070a0d0101105801067361666574790706010142020565636f6e640706010138020468617265070601017102046964657307060101330302676e07080901010c05026564070601015d030774756174696f6e070601014d0208746174656d656e74070801012b2a03046f636b7307080101812a010574616c6b73070c06010109153f02026865071e01012f040806080d080505171616070303726565070801018108020369657307080101810c02016f07080101272c0306676574686572070601017d02047261696e070601017a04066e73706f72740708010181220202776f07080101323e0105756e646572070601016b06087374616e64696e67070601016102017307080101812d0105766973697407080101810b010477616e67070c030101061d3d0305726e696e67070601017302076861747361707007080101812f0303696368070601016c0203696c6c070601017003027468070601011d02066f726b696e67070601014601097965737465726461790706010125020169070a040101071d040a1011100d09080c0d100d0f0b0c0d13100d100b0b0e09090d0e0b0f0f0c0f0e0f090c0d0d0d0d0c0a0d080b0911100b0f0f0911100f0d0a09100d0b0b110b110a0f0b0b0d0c0a0d0b100d0b0d0c0d0c0b0b0a090e100c0f150b0b090d0b0e0a0c0f090d0e0c0f0a0a090d10');
INSERT INTO document_search_data VALUES(1099511627777,X'0000074b0530323031360806010163040137080801018118010161080a0101284e1502016c080601013a02046d6f6e6708080101812002016e08060101460306616c7973697308080201010303016408160501010617190c1e05222003046b617261080a0601010768020670706561727308080101814502027265080601014103057469636c6508080101814f020173080c010114043031010762616e6b696e67080601015602056563616d6508080101810d030367616e0808010181160305747765656e0808010119460202696e080601013802036f746808080101812f03037574730806010169010363616e0808010181280305706974616c0806010151080173080801018130020568616e676508080101814b02066c696d626564080601016102056f6d6d6f6e08080901010a0303756e7408080101811d040372736508080101814c0207757272656e6379080601016b030773746f6d65727308080101812401066465636164650806010120030566656e636508080101811b030470656e6408080101812c070461626c650806010175030773637269626564080601014302036f6861080c040101056f660206757261626c6508060101150403696e6708080101811101046561737408060101110207636f6e6f6d6963080601014f020364676508080101815302036d69720806010135050361746508080101811f02046e646564080801018140020672646f67616e080601014002057374617465080601015a020376656e0806010164010366617208080101810e02026577080601010c0204696c6573080601012d03056e64696e670808080101090303726d7308080101811c02056c6f776564080601015302026f72080801016e5504016d0808010181010203726f6d080601012e020675727468657208080101812a0103676173080601017a02016f08080101812903026c6408080101815103097665726e6d656e747308060101230205726f756e6408080a01010b0203756c66080a0101811326010568616d6164080601013903017308080101521003027665080c01011214811802026f7708080101812e0102696e080c01010e7e0f400302746f08060101540308766573746d656e74080601017e020173080601014d02027473080601016f01046b65657008080701010801076c617267656c7908080101813b02066561646572730806010134020469627961080601012f03036e65640806010125030771756566696564080601017803027374080601012a02046f676963080601014c03026e6708080101295501096d61696e7461696e7308080101810603046e61676508080101813102056964646c65080601011003066c697461727908080101810802036f726508080101810f03027374080801018122020375636808080101814801076e61747572616c0806010179020665697468657208080101814302096f726d616c6973656408080101813c03017708080101814201026f66080a01012b410f02016e080a01012781080301650806010118020670696e696f6e0806010102020474686572080a01018103350203766572080601011d010470617274080601017005026c79080601014e05086e65727368697073080601010d03027374080601011f02076572736f6e616c08060101490205696c6c61720808010181040207726573656e636508080101810905056964656e74080601013d03046963657308080101815203046f766564080601011301057161746172080801011a7306016908060101500107726170706f7274080601014a020365616c08060101590403736f6e080801018149030463656e740806010168050170080601013e030667696f6e616c080601012c03056c617465640808010181500607696f6e7368697008080101812704056961626c6508080101812303047461696c08060101570203696674080a010181142d0101730806010167020765637572697479080601017f030165080801018147040173080601017102046861726508080101814d0503696e670806010145030465696b680806010136020369646508080101814403036e636508080101625d02056f757263650806010176020574617465730808010181380204797269610806010131010574616d696d0806010137030479796970080601013f020365726d080601017d020468616e69080601013b040174080801018115030165081c01010f0a09052c1526120e0a110b04026972080a01013370130302697308080101814e0305726f75676808060101650203696573080a010181003502016f080c010130811806020472616465080601015c0503696e670808010181570209757262756c656e6365080601016c04036b6579080a01011c4c2105036973680808010155470202776f08080101223f0109756e757375616c6c790806010147020170080a0101268130010776697369626c6508080101811001047761726d080601014802066865746865720808010181250303696368080a0101810c2f03017908080301010402056964656c79080601014203026c6c08080101812b03027468080801018134040b090a080c080e100d0e090d0b0e0d0b0d090b0a0b0c090d0d0d0b0b0e0f0d0d0c0b0e0d0d0b0b0e0b0a0b0c0d0c0a0b090b0d0b0c0a090a0e0a090a100d0c0c090c0a0c090f08090c0f0d0b0a0e090b0a110c0c0e0b0a0b0e0e11090b0a080d0d0a0b090f090e0d0f0c0c0b0d080e0a0b0b080d0d0f0d0b0c080e09080c0a0b0b0b0c0d0b0c0b0a0b09130b0a0c0c0b0b0b100c0b0a100a0f0b0e0c090c0a');
INSERT INTO document_search_data VALUES(1236950581249,X'000007f8053032303235090a010118815504013609080101814802013609060101160103337264090a0601010c170103347468090801018140010161090a0101810d240206626c616b7761090a01015e262d03036f757409060101690303756a61090c0c0101120918020463637261090a0101448104020666666169727309080101510c030472696361090c0e010106816907016e0908010181550308746572776172647309080101811c0204686d6564090601017f02026c6c09080101816f03036f6e67090601014102076e616c79737473090801018157030164090e01011b190f181d020b73736f63696174696f6e730906010165020174090a010181036301046261636b09080101813502016509080101814303066e65666974730908010181280305747765656e09080101815102036f6c61090601017e03027468090a010135343a02077573696e65737309080101046202017909080101133a01056361736573090801018139020b657274696669636174657309060101760206686169726564090601014a030965636b706f696e7473090601016f02066c6f73757265090601016b02016f090601014903086d6d697373696f6e090e0a0101101a81180407706c61696e7473090601016203076e636c75646564090601011f0405766579656409080101810c0305726469616c09080101815f040a726573706f6e64656e740906010115050469646f7209060101450307756e74726965730906010168010964656c656761746573090601015f0302736b090a0f0101816e020869736d616e746c6509060101390405707574657309080101814c020672616d616e69090801018112010765636f6e6f6d790906010105010866616365626f6f6b0908010181680403696e67090601013d02076562727561727909060101170302656c09080101812502026f72090601015904046569676e09080101500c0203726f6d09080101632e010967656e6572616c6c7909080101815d020468616e61090e03010109150c32060369616e09080101810a020a6f7665726e6d656e747309080101366c01086861756c69657273090601014003027665090a0101814d110203656c6409080101814402036f6d65090601010203037573650908010181060102696e09120b0101111f3a3330040309746567726174696f6e09080101812b0308766573746d656e74090601012b01076a616e7561727909080101811802036f686e0908010181110303696e74090e0901010f1a810b01056c61676f73090601014301066d6168616d6109080101811303056974616d610906010153020665737361676509080101810e030174090601012d0207696e6973746572090a01014e0c3502056f6e6461790906010131040374687309080101813c030272650908010181610205757475616c090601017201056e61697261090801018162020965696768626f7572730908010181560206696765726961090e02010108140d2902036f746509080101815801096f62737461636c6573090601013c02016609120801010e172e270831030466696365090801018116060369616c09080101816509017309080101814902076b75647a65746f090601015d02016e091001011d0e09491231020670696e696f6e090601010702057264657273090601016c0202757209060101140309747374616e64696e67090801018138010c706572696f646963616c6c7909080101814e02076c656467696e67090601013702086f6c69746963616c09080101815a08017309060101030208726163746963616c090801018127030765736964656e74090801017d1503056f647563740906010175010472656164090801018160030663656976656409080101810104086f676e6974696f6e0906010173030667696f6e616c09080101812a03076c6174696f6e7309080101815003066d61696e656409080101815e0703696e67090601013b0306706561746564090601016d04036f7274090801018134070365727309080101811b03067365727665640908010181710205696768747309080101817002076f616473696465090601016e010173090a01014d0c6a0203616964090c0101811e121e03046d75656c090601015c0206657373696f6e09100701010d1727374702046861726509080101816703026f70090601016a02086964656c696e6573090601017903017809080101813b02036c6f77090601017102046d616c6c09080101812202077065616b696e67090801018119020474617465090801018105030665616469657309080101816303067261696e656409080101814f01047465616d090801018132030763686e6963616c09080101813102026865091e01012006180a0634050b071f13081703046f7567680908010181590305726f7567680906010161020369657309080101815b03046e75627509080101810002016f090a010138640c03026f6b090801018115020472616465090a01012a812306027273090801013e670206756573646179090a01011e175703046767617209080101544b0202776f0908010181530102757009080501010b010677616e74656409080101812103017309060101480203656e74090601016003027374090c0d010181541a02076861747361707009080101816a0303696368090601012c04026c6509080101812c03016f0908010181140203696c6c09080101814203046e646f770908010181660302746809060101340502696e09080101813a02046f756c64090801018133020372617009080401010a010178090801018169010579757375660906010152040d09080c0b0a0f0a0d0d0e0e09100b0a0a0f0c120a0c090e0d0a0b0f090d120d100d08130e0e0d0d110b0e100b0f0d0e0e100a0e0a090c0b110f0b120f0b0b0a0b0f110f0f0b0e0c0e0c0e08100c0b0a0c0d11110b100e0c0b090e0d0d0c0911140e1008100f0c0c0e0f0e0f0e0a0d0b0b0e0d0e0a0d0b120c090f090a0c0f0c0e0e0c0f150c0c0b0c0a0a0d0a0f0c0a0a0e080a0c0f0a0a090b0c090a0c0b09');
INSERT INTO document_search_data VALUES(1374389534721,X'0000074d0530323031390a0801018138030232320a080101815d0101610a160101170b1312250a30131702086363656c657265720a080601010604036f72640a080101812f0207666661697265730a080101110d030872696361696e65730a0601011d020a67726963756c747572650a0601017b0204686d65640a0601011e0207696c6c657572730a080101810703036e73690a0601015202046c6765720a0e020101020a2a6b06016f0a08010181140301690a0601012c02046e6e65650a0801018122020770706c697175650a080101813e03037265730a0601015f020572726976650a0601012e03067469636c65730a080101815e0204747461660a0601011f0201750a060101230301780a0601013c010563657474650a0601015a0204686566730a080101810103066966667265730a080101814b020a6f6d6d657263696175780a080101814f0506697373696f6e0a08010181120506756e617574650a060101150701730a0601015103076e6365727465650a0601016f05026c750a06010175020572697365730a060101560101640a0e01010d441905350201650a160101131413450b0b06132703096c65676174696f6e730a06010140030970617274656d656e740a0601012704037569730a08010181560305726e6965720a060101630301730a180101100d250a09250e2c0f28030275780a0c01013f400554030b76656c6f7070656d656e740a06010145020969706c6f6d617469650a080101810402036f69740a080101811701036561750a0601017302076368616e6765730a0a010181341c02056c617267690a0601013a02016e0a0a01017247270304636f72650a080101813b030573756974650a0601013b030574656e74650a0601016a040272650a080101815006047469656e0a060101390201740a10030101031930126903036169740a080101813a0401740a0601010e030672616e6765720a06010119090265730a06010112020678616d696e650a0801018108010866616365626f6f6b0a08010181610409696c69746174696f6e0a08010181320202696e0a080101811f020a726f6e74616c696572730a0a0901010943060569657265730a080101815a010767657374696f6e0a0601016e020b6f757665726e6f726174730a06010149020572616e64650a08010181110104686965720a0601012202086f6d6f6c6f6775650a0601012901036963690a080101811d020e6e667261737472756374757265730a0601015003087465727669656e740a0601015c01056a657564690a0601016202046f7572730a0601015e01016c0a0e0101182244290f0201610a1c0101141d1e170f180b0610080f280201650a0801010b3b0301730a12010155240a0c43050603037572730a08070101070207696279656e6e650a0601015701016d0a080101812902086563616e69736d650a080101814403056d627265730a0601013d04076f72616e64756d0a060101680207696e69737472650a0801010c050901730a080101783203037874650a080101811302066f68616d65640a0601012b01016e0a08010181390204616674690a0801012d7f030774696f6e616c650a060101160208657474656d656e740a080101815501096f6666696369656c730a080101814c02026e740a080101810501037061720a080101761204067461676565730a060101740801720a0801018160050969656c6c656d656e740a080101813d030279730a0601017e02056c616964650a0801018141030275730a080101814702046f7274650a06010142030275720a0a0101338111020772656d696572730a0801018127040870617261746966730a080101810a0407736964656e63650a080101812503076f636861696e650a080101810d04086772657373656e740a080101815404046a6574730a0a080101084801037175650a0a0101535c1104056c717565730a0601015d0301690a080101811601077265636f6e6e750a080101812c0401750a06010121030667756c6965720a080101814803056c616e63650a0601014c05037469660a0601016b03096f75766572747572650a0801018158030873736f75726365730a060101710304756e69720a0801018119010a736168656c69656e6e650a060101590201650a080101811803036c6f6e0a080101814903057373696f6e0a080101810e0204696567650a060101240307676e61747572650a060101610501650a080101813603086d696c61697265730a080101815f02026f6e0a0801012604030275730a08010181230204756976690a08010181460301720a0a010143135e010a746572726573747265730a080101815b020f72616e7366726f6e74616c696572730a080101813504047661696c0a060101370204756e69730a0a0401010463060369656e0a0601012a09026e650a08010181150102756e0a080101675e0301650a0601013401067665696c6c650a060101300305756c656e740a0805010105020569736974650a080101352802066f6973696e730a0801018153010877686174736170700a08010181630206696c617961730a060101470101780a0801018162040c0a10100b0f0f110b0f0a0f09080c0f0a0c0e0b08080c0c0e120e0d080e090c0c1010100b0c110c12110b0a100c0a0c0c0c0a0b0d0b080d090e10110a130d0e120d0b0f0b150f0c0b0c13090e0b0e09100c0e0f090b0d090c0e10110a0b0d0911090d0a0b0b0f100f0f100d0c0c090f080e0c0a110f0c11090b0d0b0e09100a0a0c0a12170b0d0a0a0a080d0d0d0e100d');
CREATE TABLE IF NOT EXISTS 'document_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO document_search_idx VALUES(1,X'',2);
INSERT INTO document_search_idx VALUES(2,X'',2);
INSERT INTO document_search_idx VALUES(3,X'',2);
INSERT INTO document_search_idx VALUES(4,X'',2);
INSERT INTO document_search_idx VALUES(5,X'',2);
INSERT INTO document_search_idx VALUES(6,X'',2);
INSERT INTO document_search_idx VALUES(7,X'',2);
INSERT INTO document_search_idx VALUES(8,X'',2);
INSERT INTO document_search_idx VALUES(9,X'',2);
INSERT INTO document_search_idx VALUES(10,X'',2);
CREATE TABLE IF NOT EXISTS 'document_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO document_search_docsize VALUES(1,X'0b8147');
INSERT INTO document_search_docsize VALUES(2,X'0a8120');
INSERT INTO document_search_docsize VALUES(3,X'088120');
INSERT INTO document_search_docsize VALUES(4,X'0e814d');
INSERT INTO document_search_docsize VALUES(5,X'0e8167');
INSERT INTO document_search_docsize VALUES(6,X'0b8137');
INSERT INTO document_search_docsize VALUES(7,X'0d812e');
INSERT INTO document_search_docsize VALUES(8,X'098156');
INSERT INTO document_search_docsize VALUES(9,X'0e8170');
INSERT INTO document_search_docsize VALUES(10,X'088162');
CREATE TABLE IF NOT EXISTS 'document_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO document_search_config VALUES('version',4);
CREATE TABLE actor_name_words (
    word     TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    is_last  INTEGER NOT NULL DEFAULT 0,        -- 1 when the word ends an alias: a surname
    PRIMARY KEY (word, actor_id, is_last)
) WITHOUT ROWID;
INSERT INTO actor_name_words VALUES('abdel',93,0);
INSERT INTO actor_name_words VALUES('abdelatty',93,1);
INSERT INTO actor_name_words VALUES('abdelaty',93,1);
INSERT INTO actor_name_words VALUES('ablakwa',899,1);
INSERT INTO actor_name_words VALUES('adama',605,0);
INSERT INTO actor_name_words VALUES('ahmed',25,0);
INSERT INTO actor_name_words VALUES('ahmed',578,0);
INSERT INTO actor_name_words VALUES('al',213,0);
INSERT INTO actor_name_words VALUES('ali',54,0);
INSERT INTO actor_name_words VALUES('ati',93,1);
INSERT INTO actor_name_words VALUES('attaf',25,1);
INSERT INTO actor_name_words VALUES('aty',93,1);
INSERT INTO actor_name_words VALUES('ayman',213,0);
INSERT INTO actor_name_words VALUES('badr',93,0);
INSERT INTO actor_name_words VALUES('barrot',318,1);
INSERT INTO actor_name_words VALUES('barrow',605,1);
INSERT INTO actor_name_words VALUES('bassirou',589,0);
INSERT INTO actor_name_words VALUES('bola',578,0);
INSERT INTO actor_name_words VALUES('bourita',9,1);
INSERT INTO actor_name_words VALUES('burita',9,1);
INSERT INTO actor_name_words VALUES('dar',557,1);
INSERT INTO actor_name_words VALUES('diomaye',589,0);
INSERT INTO actor_name_words VALUES('fall',602,1);
INSERT INTO actor_name_words VALUES('faye',589,1);
INSERT INTO actor_name_words VALUES('hassan',211,1);
INSERT INTO actor_name_words VALUES('ishaq',557,0);
INSERT INTO actor_name_words VALUES('jaafar',211,0);
INSERT INTO actor_name_words VALUES('jafar',211,0);
INSERT INTO actor_name_words VALUES('jean',318,0);
INSERT INTO actor_name_words VALUES('madbouli',86,1);
INSERT INTO actor_name_words VALUES('madbouly',86,1);
INSERT INTO actor_name_words VALUES('maitama',586,0);
INSERT INTO actor_name_words VALUES('mamadou',612,0);
INSERT INTO actor_name_words VALUES('mauro',385,0);
INSERT INTO actor_name_words VALUES('mohamed',54,0);
INSERT INTO actor_name_words VALUES('mostafa',86,0);
INSERT INTO actor_name_words VALUES('motegi',468,1);
INSERT INTO actor_name_words VALUES('moustafa',86,0);
INSERT INTO actor_name_words VALUES('mustafa',86,0);
INSERT INTO actor_name_words VALUES('nafti',54,1);
INSERT INTO actor_name_words VALUES('naser',9,0);
INSERT INTO actor_name_words VALUES('nasser',9,0);
INSERT INTO actor_name_words VALUES('noel',318,0);
INSERT INTO actor_name_words VALUES('okudzeto',899,0);
INSERT INTO actor_name_words VALUES('safadi',213,1);
INSERT INTO actor_name_words VALUES('samuel',899,0);
INSERT INTO actor_name_words VALUES('tangara',612,1);
INSERT INTO actor_name_words VALUES('tinubu',578,1);
INSERT INTO actor_name_words VALUES('toshimitsu',468,0);
INSERT INTO actor_name_words VALUES('tuggar',586,1);
INSERT INTO actor_name_words VALUES('vieira',385,1);
INSERT INTO actor_name_words VALUES('wang',344,0);
INSERT INTO actor_name_words VALUES('yassine',602,0);
INSERT INTO actor_name_words VALUES('yi',344,1);
INSERT INTO actor_name_words VALUES('yusuf',586,0);
INSERT INTO actor_name_words VALUES('ابلاكوا',899,1);
INSERT INTO actor_name_words VALUES('احمد',25,0);
INSERT INTO actor_name_words VALUES('احمد',578,0);
INSERT INTO actor_name_words VALUES('اداما',605,0);
INSERT INTO actor_name_words VALUES('اسحاق',557,0);
INSERT INTO actor_name_words VALUES('الصفدي',213,1);
INSERT INTO actor_name_words VALUES('العاطي',93,1);
INSERT INTO actor_name_words VALUES('القصبي',2080,1);
INSERT INTO actor_name_words VALUES('النفطي',54,1);
INSERT INTO actor_name_words VALUES('اوكودزيتو',899,0);
INSERT INTO actor_name_words VALUES('ايمن',213,0);
INSERT INTO actor_name_words VALUES('بارو',318,1);
INSERT INTO actor_name_words VALUES('بارو',605,1);
INSERT INTO actor_name_words VALUES('باسيرو',589,0);
INSERT INTO actor_name_words VALUES('بدر',93,0);
INSERT INTO actor_name_words VALUES('بصيرو',589,0);
INSERT INTO actor_name_words VALUES('بن',2079,0);
INSERT INTO actor_name_words VALUES('بن',2080,0);
INSERT INTO actor_name_words VALUES('بوريطه',9,1);
INSERT INTO actor_name_words VALUES('بولا',578,0);
INSERT INTO actor_name_words VALUES('تانغارا',612,1);
INSERT INTO actor_name_words VALUES('تاو',344,1);
INSERT INTO actor_name_words VALUES('توشيميتسو',468,0);
INSERT INTO actor_name_words VALUES('توغار',586,1);
INSERT INTO actor_name_words VALUES('تينوبو',578,1);
INSERT INTO actor_name_words VALUES('جان',318,0);
INSERT INTO actor_name_words VALUES('جعفر',211,0);
INSERT INTO actor_name_words VALUES('حسان',211,1);
INSERT INTO actor_name_words VALUES('دار',557,1);
INSERT INTO actor_name_words VALUES('ديوماي',589,0);
INSERT INTO actor_name_words VALUES('صامويل',899,0);
INSERT INTO actor_name_words VALUES('عبد',93,0);
INSERT INTO actor_name_words VALUES('عبدالله',2079,1);
INSERT INTO actor_name_words VALUES('عبدالله',2080,0);
INSERT INTO actor_name_words VALUES('عطاف',25,1);
INSERT INTO actor_name_words VALUES('علي',54,0);
INSERT INTO actor_name_words VALUES('فال',602,1);
INSERT INTO actor_name_words VALUES('فاي',589,1);
INSERT INTO actor_name_words VALUES('فرحان',2079,0);
INSERT INTO actor_name_words VALUES('فيصل',2079,0);
INSERT INTO actor_name_words VALUES('فييرا',385,1);
INSERT INTO actor_name_words VALUES('ماجد',2080,0);
INSERT INTO actor_name_words VALUES('مامادو',612,0);
INSERT INTO actor_name_words VALUES('ماورو',385,0);
INSERT INTO actor_name_words VALUES('محمد',54,0);
INSERT INTO actor_name_words VALUES('مدبولي',86,1);
INSERT INTO actor_name_words VALUES('مصطفي',86,0);
INSERT INTO actor_name_words VALUES('موتيغي',468,1);
INSERT INTO actor_name_words VALUES('ناصر',9,0);
INSERT INTO actor_name_words VALUES('نويل',318,0);
INSERT INTO actor_name_words VALUES('وانج',344,0);
INSERT INTO actor_name_words VALUES('وانغ',344,0);
INSERT INTO actor_name_words VALUES('ون',344,0);
INSERT INTO actor_name_words VALUES('ياسين',602,0);
INSERT INTO actor_name_words VALUES('يوسف',586,0);
INSERT INTO actor_name_words VALUES('يي',344,1);
CREATE TABLE actor_roles (
    actor_id   INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    country    TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL,
    first_seen TEXT,                            -- YYYY-MM-DD or NULL when unknown
    last_seen  TEXT,
    PRIMARY KEY (actor_id, country, role)
) WITHOUT ROWID;
INSERT INTO actor_roles VALUES(9,'MA','foreign minister','2017-04-05','2025-06-10');
INSERT INTO actor_roles VALUES(25,'DZ','foreign minister','2023-03-16','2025-12-31');
INSERT INTO actor_roles VALUES(54,'TN','foreign minister','2024-08-25','2025-12-31');
INSERT INTO actor_roles VALUES(86,'EG','prime minister','2018-06-07','2025-04-30');
INSERT INTO actor_roles VALUES(93,'EG','foreign minister','2024-07-03','2025-03-13');
INSERT INTO actor_roles VALUES(211,'JO','prime minister','2024-09-18','2025-04-30');
INSERT INTO actor_roles VALUES(213,'JO','foreign minister','2017-01-15','2025-03-13');
INSERT INTO actor_roles VALUES(318,'FR','foreign minister','2024-09-21','2025-06-10');
INSERT INTO actor_roles VALUES(344,'CN','foreign minister','2013-03-16','2026-01-13');
INSERT INTO actor_roles VALUES(344,'CN','minister','2025-12-08','2025-12-08');
INSERT INTO actor_roles VALUES(385,'BR','foreign minister','2015-01-01','2026-04-30');
INSERT INTO actor_roles VALUES(468,'JP','foreign minister','2019-09-11','2026-04-30');
INSERT INTO actor_roles VALUES(557,'PK','deputy prime minister','2024-04-28',NULL);
INSERT INTO actor_roles VALUES(557,'PK','foreign minister','2024-03-11','2026-01-13');
INSERT INTO actor_roles VALUES(578,'NG','president','2023-05-29','2025-02-25');
INSERT INTO actor_roles VALUES(586,'NG','foreign minister','2023-08-21','2025-02-24');
INSERT INTO actor_roles VALUES(589,'SN','president','2024-04-02','2025-03-04');
INSERT INTO actor_roles VALUES(602,'SN','foreign minister','2024-04-05','2025-09-06');
INSERT INTO actor_roles VALUES(605,'GM','president','2017-01-19','2025-03-04');
INSERT INTO actor_roles VALUES(612,'GM','foreign minister','2018-06-01','2025-03-03');
INSERT INTO actor_roles VALUES(899,'GH','foreign minister','2025-01-01','2025-02-25');
INSERT INTO actor_roles VALUES(2079,'SA','foreign minister','2025-11-19','2025-11-19');
CREATE TABLE reference_lists (
    name      TEXT PRIMARY KEY,                 -- e.g. 'officials'
    checksum  TEXT NOT NULL,                    -- SHA-256 of the list as compiled in
    loaded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;
INSERT INTO reference_lists VALUES('officials','9850b99188b637774cdb916be3a460f779fade1b48bedb0547c54b58783e7caa','2026-12-08T00:24:15Z');
CREATE TABLE event_country_pairs (
    country  TEXT NOT NULL,
    partner  TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (country, partner, event_id)
) WITHOUT ROWID;
INSERT INTO event_country_pairs VALUES('EG','JO',1);
INSERT INTO event_country_pairs VALUES('JO','EG',1);
INSERT INTO event_country_pairs VALUES('EG','JO',2);
INSERT INTO event_country_pairs VALUES('JO','EG',2);
INSERT INTO event_country_pairs VALUES('EG','SY',4);
INSERT INTO event_country_pairs VALUES('SY','EG',4);
INSERT INTO event_country_pairs VALUES('EG','JO',5);
INSERT INTO event_country_pairs VALUES('JO','EG',5);
INSERT INTO event_country_pairs VALUES('FR','MA',6);
INSERT INTO event_country_pairs VALUES('MA','FR',6);
INSERT INTO event_country_pairs VALUES('FR','MA',7);
INSERT INTO event_country_pairs VALUES('MA','FR',7);
INSERT INTO event_country_pairs VALUES('CN','SA',8);
INSERT INTO event_country_pairs VALUES('SA','CN',8);
INSERT INTO event_country_pairs VALUES('CN','SA',9);
INSERT INTO event_country_pairs VALUES('SA','CN',9);
INSERT INTO event_country_pairs VALUES('CN','SA',10);
INSERT INTO event_country_pairs VALUES('SA','CN',10);
INSERT INTO event_country_pairs VALUES('GM','SN',11);
INSERT INTO event_country_pairs VALUES('SN','GM',11);
INSERT INTO event_country_pairs VALUES('GM','SN',12);
INSERT INTO event_country_pairs VALUES('SN','GM',12);
INSERT INTO event_country_pairs VALUES('GM','SN',13);
INSERT INTO event_country_pairs VALUES('SN','GM',13);
INSERT INTO event_country_pairs VALUES('BR','JP',14);
INSERT INTO event_country_pairs VALUES('JP','BR',14);
INSERT INTO event_country_pairs VALUES('BR','JP',15);
INSERT INTO event_country_pairs VALUES('JP','BR',15);
INSERT INTO event_country_pairs VALUES('BR','JP',16);
INSERT INTO event_country_pairs VALUES('JP','BR',16);
INSERT INTO event_country_pairs VALUES('CN','PK',17);
INSERT INTO event_country_pairs VALUES('PK','CN',17);
INSERT INTO event_country_pairs VALUES('CN','PK',18);
INSERT INTO event_country_pairs VALUES('PK','CN',18);
INSERT INTO event_country_pairs VALUES('GH','NG',19);
INSERT INTO event_country_pairs VALUES('NG','GH',19);
INSERT INTO event_country_pairs VALUES('GH','NG',20);
INSERT INTO event_country_pairs VALUES('NG','GH',20);
INSERT INTO event_country_pairs VALUES('GH','NG',21);
INSERT INTO event_country_pairs VALUES('NG','GH',21);
INSERT INTO event_country_pairs VALUES('DZ','TN',22);
INSERT INTO event_country_pairs VALUES('TN','DZ',22);
INSERT INTO event_country_pairs VALUES('DZ','LY',23);
INSERT INTO event_country_pairs VALUES('LY','DZ',23);
INSERT INTO event_country_pairs VALUES('DZ','TN',24);
INSERT INTO event_country_pairs VALUES('TN','DZ',24);
INSERT INTO event_country_pairs VALUES('DZ','TN',25);
INSERT INTO event_country_pairs VALUES('TN','DZ',25);
INSERT INTO event_country_pairs VALUES('DZ','TN',26);
INSERT INTO event_country_pairs VALUES('TN','DZ',26);
CREATE TABLE reports (
    event_id         INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    document_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    status           TEXT NOT NULL CHECK (status IN ('occurred', 'planned')),
    date             TEXT,
    end_date         TEXT,
    location_name    TEXT,
    location_country TEXT,
    mode             TEXT,
    instrument       TEXT,
    count            INTEGER,
    title            TEXT,
    body             TEXT,
    ordinal          INTEGER,
    confidence       REAL NOT NULL,
    PRIMARY KEY (event_id, document_id)
) WITHOUT ROWID;
INSERT INTO reports VALUES(6,2,'occurred','2025-06-10',NULL,'Rabat','MA','in_person',NULL,NULL,NULL,NULL,NULL,0.94999999999999995559);
INSERT INTO reports VALUES(6,4,'occurred','2025-06-10',NULL,'Rabat','MA','in_person',NULL,NULL,NULL,NULL,NULL,0.89999999999999991118);
INSERT INTO reports VALUES(7,2,'occurred','2025-06-10',NULL,'Rabat','MA',NULL,'agreement',3,NULL,NULL,NULL,0.5);
INSERT INTO reports VALUES(7,4,'occurred','2025-06-10',NULL,'Rabat','MA',NULL,'agreement',3,NULL,NULL,NULL,0.84999999999999997779);
INSERT INTO reports VALUES(9,3,'planned','2025-12-08','2025-12-09','Beijing','CN',NULL,NULL,NULL,NULL,'اللجنة السعودية الصينية المشتركة للتعاون الاقتصادي والتجاري والاستثماري والفني',12,0.89999999999999991118);
INSERT INTO reports VALUES(20,9,'occurred','2025-02-25',NULL,NULL,NULL,'in_person',NULL,NULL,NULL,NULL,NULL,0.89999999999999991118);
CREATE TABLE report_participants (
    event_id    INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actors (id),
    name        TEXT NOT NULL,
    country     TEXT,
    role        TEXT,
    PRIMARY KEY (event_id, document_id, position),
    FOREIGN KEY (event_id, document_id) REFERENCES reports (event_id, document_id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO report_participants VALUES(6,2,0,9,'ناصر بوريطة','MA','foreign minister');
INSERT INTO report_participants VALUES(6,2,1,318,'جان نويل بارو','FR','foreign minister');
INSERT INTO report_participants VALUES(6,4,0,9,'Nasser Bourita','MA','foreign minister');
INSERT INTO report_participants VALUES(6,4,1,318,'Jean-Noël Barrot','FR','foreign minister');
INSERT INTO report_participants VALUES(7,2,0,9,'ناصر بوريطة','MA','foreign minister');
INSERT INTO report_participants VALUES(7,2,1,318,'جان نويل بارو','FR','foreign minister');
INSERT INTO report_participants VALUES(7,4,0,318,'Jean-Noël Barrot','FR','foreign minister');
INSERT INTO report_participants VALUES(9,3,0,2080,'ماجد بن عبدالله القصبي','SA',NULL);
INSERT INTO report_participants VALUES(9,3,1,344,'وانغ ون تاو','CN','minister');
INSERT INTO report_participants VALUES(20,9,0,578,'Bola Ahmed Tinubu','NG','president');
INSERT INTO report_participants VALUES(20,9,1,899,'Samuel Okudzeto Ablakwa','GH','foreign minister');
CREATE TABLE IF NOT EXISTS "actor_aliases" (
    folded_alias TEXT NOT NULL,
    actor_id     INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,                 -- as written
    PRIMARY KEY (folded_alias, actor_id)
) WITHOUT ROWID;
INSERT INTO actor_aliases VALUES('adama barrow',605,'Adama Barrow');
INSERT INTO actor_aliases VALUES('ahmed attaf',25,'Ahmed Attaf');
INSERT INTO actor_aliases VALUES('ayman al safadi',213,'Ayman al-Safadi');
INSERT INTO actor_aliases VALUES('ayman safadi',213,'Ayman Safadi');
INSERT INTO actor_aliases VALUES('badr abdel ati',93,'Badr Abdel Ati');
INSERT INTO actor_aliases VALUES('badr abdel aty',93,'Badr Abdel Aty');
INSERT INTO actor_aliases VALUES('badr abdelatty',93,'Badr Abdelatty');
INSERT INTO actor_aliases VALUES('badr abdelaty',93,'Badr Abdelaty');
INSERT INTO actor_aliases VALUES('bassirou diomaye faye',589,'Bassirou Diomaye Faye');
INSERT INTO actor_aliases VALUES('bola ahmed tinubu',578,'Bola Ahmed Tinubu');
INSERT INTO actor_aliases VALUES('bola tinubu',578,'Bola Tinubu');
INSERT INTO actor_aliases VALUES('diomaye faye',589,'Diomaye Faye');
INSERT INTO actor_aliases VALUES('ishaq dar',557,'Ishaq Dar');
INSERT INTO actor_aliases VALUES('jaafar hassan',211,'Jaafar Hassan');
INSERT INTO actor_aliases VALUES('jafar hassan',211,'Jafar Hassan');
INSERT INTO actor_aliases VALUES('jean noel barrot',318,'Jean-Noël Barrot');
INSERT INTO actor_aliases VALUES('mamadou tangara',612,'Mamadou Tangara');
INSERT INTO actor_aliases VALUES('mauro vieira',385,'Mauro Vieira');
INSERT INTO actor_aliases VALUES('mohamed ali nafti',54,'Mohamed Ali Nafti');
INSERT INTO actor_aliases VALUES('mostafa madbouli',86,'Mostafa Madbouli');
INSERT INTO actor_aliases VALUES('mostafa madbouly',86,'Mostafa Madbouly');
INSERT INTO actor_aliases VALUES('moustafa madbouly',86,'Moustafa Madbouly');
INSERT INTO actor_aliases VALUES('mustafa madbouly',86,'Mustafa Madbouly');
INSERT INTO actor_aliases VALUES('naser bourita',9,'Naser Bourita');
INSERT INTO actor_aliases VALUES('nasser bourita',9,'Nasser Bourita');
INSERT INTO actor_aliases VALUES('nasser burita',9,'Nasser Burita');
INSERT INTO actor_aliases VALUES('samuel okudzeto ablakwa',899,'Samuel Okudzeto Ablakwa');
INSERT INTO actor_aliases VALUES('toshimitsu motegi',468,'Toshimitsu Motegi');
INSERT INTO actor_aliases VALUES('wang yi',344,'Wang Yi');
INSERT INTO actor_aliases VALUES('yassine fall',602,'Yassine Fall');
INSERT INTO actor_aliases VALUES('yusuf maitama tuggar',586,'Yusuf Maitama Tuggar');
INSERT INTO actor_aliases VALUES('yusuf tuggar',586,'Yusuf Tuggar');
INSERT INTO actor_aliases VALUES('احمد عطاف',25,'أحمد عطاف');
INSERT INTO actor_aliases VALUES('اداما بارو',605,'آداما بارو');
INSERT INTO actor_aliases VALUES('اسحاق دار',557,'إسحاق دار');
INSERT INTO actor_aliases VALUES('ايمن الصفدي',213,'أيمن الصفدي');
INSERT INTO actor_aliases VALUES('باسيرو ديوماي فاي',589,'باسيرو ديوماي فاي');
INSERT INTO actor_aliases VALUES('بدر عبد العاطي',93,'بدر عبد العاطي');
INSERT INTO actor_aliases VALUES('بصيرو ديوماي فاي',589,'بصيرو ديوماي فاي');
INSERT INTO actor_aliases VALUES('بولا احمد تينوبو',578,'بولا أحمد تينوبو');
INSERT INTO actor_aliases VALUES('بولا تينوبو',578,'بولا تينوبو');
INSERT INTO actor_aliases VALUES('توشيميتسو موتيغي',468,'توشيميتسو موتيغي');
INSERT INTO actor_aliases VALUES('جان نويل بارو',318,'جان نويل بارو');
INSERT INTO actor_aliases VALUES('جعفر حسان',211,'جعفر حسان');
INSERT INTO actor_aliases VALUES('صامويل اوكودزيتو ابلاكوا',899,'صامويل أوكودزيتو أبلاكوا');
INSERT INTO actor_aliases VALUES('فيصل بن فرحان بن عبدالله',2079,'فيصل بن فرحان بن عبدالله');
INSERT INTO actor_aliases VALUES('ماجد بن عبدالله القصبي',2080,'ماجد بن عبدالله القصبي');
INSERT INTO actor_aliases VALUES('مامادو تانغارا',612,'مامادو تانغارا');
INSERT INTO actor_aliases VALUES('ماورو فييرا',385,'ماورو فييرا');
INSERT INTO actor_aliases VALUES('محمد علي النفطي',54,'محمد علي النفطي');
INSERT INTO actor_aliases VALUES('مصطفي مدبولي',86,'مصطفى مدبولي');
INSERT INTO actor_aliases VALUES('ناصر بوريطه',9,'ناصر بوريطة');
INSERT INTO actor_aliases VALUES('وانج يي',344,'وانج يي');
INSERT INTO actor_aliases VALUES('وانغ ون تاو',344,'وانغ ون تاو');
INSERT INTO actor_aliases VALUES('وانغ يي',344,'وانغ يي');
INSERT INTO actor_aliases VALUES('ياسين فال',602,'ياسين فال');
INSERT INTO actor_aliases VALUES('يوسف توغار',586,'يوسف توغار');
CREATE TABLE correction_kinds (
    kind        TEXT PRIMARY KEY,
    description TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO correction_kinds VALUES('actor_merge','two people who are one');
INSERT INTO correction_kinds VALUES('actor_rename','a person''s name, set by hand');
INSERT INTO correction_kinds VALUES('delete','an event that is none: deleted, with every later report of it');
INSERT INTO correction_kinds VALUES('edit','an event''s date, status, countries or place, set by hand');
INSERT INTO correction_kinds VALUES('merge','two events that are one');
INSERT INTO correction_kinds VALUES('split','one document''s report taken out of an event into an event of its own');
CREATE TABLE corrections (
    id        INTEGER PRIMARY KEY,
    made_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    author    TEXT NOT NULL,
    kind      TEXT NOT NULL REFERENCES correction_kinds (kind),
    -- What was corrected: an event as its first report ('ar-001:meeting:MA,RU:812', the document,
    -- type, countries and evidence start), or a person ('actor 12').
    target    TEXT NOT NULL,
    event_id  INTEGER,                          -- the event's id when the correction was made
    actor_id  INTEGER,                          -- the person corrected (actor_merge: the one kept)
    change    TEXT NOT NULL CHECK (json_valid(change)),
    undone_at TEXT,
    undone_by TEXT
);
INSERT INTO corrections VALUES(1,'2026-12-08T00:24:16Z','unknown','delete','sample-ar-01:meeting:EG,SY:307',3,NULL,'{"event": {"type": "meeting", "date": "2025-03-13", "countries": ["EG", "SY"], "summary": "meeting EG–SY 2025-03-13"}, "sources": ["sample-ar-01"]}',NULL,NULL);
INSERT INTO corrections VALUES(2,'2026-12-08T00:24:16Z','unknown','edit','sample-en-03:meeting:GH,NG:802',20,NULL,'{"date": {"from": "2025-02-25", "to": "2025-02-26"}}',NULL,NULL);
INSERT INTO corrections VALUES(3,'2026-12-08T00:24:28Z','unknown','actor_merge','actor 344',NULL,344,'{"from": {"id": 2081, "name": "وانغ ون تاو", "folded_name": "وانغ ون تاو", "country": "CN", "role": "minister", "aliases": [{"alias": "وانغ ون تاو", "folded": "وانغ ون تاو"}], "roles": [{"role": "minister", "country": "CN", "first_seen": "2025-12-08", "last_seen": "2025-12-08"}]}, "into": {"id": 344, "name": "وانغ يي", "aliases": [{"alias": "Wang Yi", "folded": "wang yi"}, {"alias": "وانج يي", "folded": "وانج يي"}, {"alias": "وانغ يي", "folded": "وانغ يي"}]}}',NULL,NULL);
CREATE TABLE correction_reports (
    id            INTEGER PRIMARY KEY,
    correction_id INTEGER NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
    part          TEXT NOT NULL CHECK (part IN ('event', 'merged', 'taken', 'absorbed')),
    document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type          TEXT NOT NULL,
    country_key   TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    fingerprint   TEXT NOT NULL                 -- 'occurred|2025-10-16||8||' (see Store.fingerprint)
);
INSERT INTO correction_reports VALUES(1,1,'event',1,'meeting','EG,SY',307,537,'occurred|2025-03-13|||in_person|');
INSERT INTO correction_reports VALUES(2,2,'event',9,'meeting','GH,NG',802,910,'occurred|2025-02-25|||in_person|');
CREATE TABLE deleted_reports (
    id               INTEGER PRIMARY KEY,
    correction_id    INTEGER NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
    document_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type             TEXT NOT NULL,
    country_key      TEXT NOT NULL,
    status           TEXT NOT NULL,
    date             TEXT,
    end_date         TEXT,
    location_name    TEXT,
    location_country TEXT,
    mode             TEXT,
    instrument       TEXT,
    count            INTEGER,
    title            TEXT,
    body             TEXT,
    ordinal          INTEGER,
    confidence       REAL NOT NULL,
    organizations    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(organizations)),
    participants     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants)),
    evidence         TEXT NOT NULL,
    start            INTEGER NOT NULL,
    "end"            INTEGER NOT NULL
);
INSERT INTO deleted_reports VALUES(1,1,1,'meeting','EG,SY','occurred','2025-03-13',NULL,'Cairo','EG','in_person',NULL,NULL,NULL,NULL,NULL,0.69999999999999995559,'[]','[{"actor": 93, "name": "بدر عبد العاطي", "country": "EG", "role": "foreign minister"}]','وذكر بيان صادر عن الخـارجية المصرية أن الوزيرين عقدا جلسة مباحثات موسعة بحضور وفدي البلدين، تناولت مسار التعاون الثنائي وسبل دفعه في قطاعات الطاقة والنقل والتجارة البينية، إلى جانب تطورات الأوضاع في قطاع غزة والضفة الغربية وسوريا.',307,537);
CREATE TABLE rebuild_progress (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    started_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    last_document INTEGER NOT NULL DEFAULT 0,
    last_to_read  INTEGER NOT NULL,
    finished_at   TEXT
);
CREATE TABLE document_signatures (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    shingles    INTEGER NOT NULL,               -- how many distinct shingles its text has
    -- The stored document this one was found a copy of when it came in, and how alike they are
    -- (the Jaccard index of their shingles); NULL for a document that is no copy.
    copy_of     INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    resemblance REAL
);
INSERT INTO document_signatures VALUES(1,195,NULL,NULL);
INSERT INTO document_signatures VALUES(2,156,NULL,NULL);
INSERT INTO document_signatures VALUES(3,156,NULL,NULL);
INSERT INTO document_signatures VALUES(4,201,NULL,NULL);
INSERT INTO document_signatures VALUES(5,224,NULL,NULL);
INSERT INTO document_signatures VALUES(6,179,NULL,NULL);
INSERT INTO document_signatures VALUES(7,170,NULL,NULL);
INSERT INTO document_signatures VALUES(8,210,NULL,NULL);
INSERT INTO document_signatures VALUES(9,236,NULL,NULL);
INSERT INTO document_signatures VALUES(10,222,NULL,NULL);
CREATE TABLE document_bands (
    band_hash   INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band_hash, document_id)
) WITHOUT ROWID;
INSERT INTO document_bands VALUES(-7634492751136382844,1);
INSERT INTO document_bands VALUES(-6997082192659968440,1);
INSERT INTO document_bands VALUES(-6524320731892548623,1);
INSERT INTO document_bands VALUES(-6367907270064982481,1);
INSERT INTO document_bands VALUES(-6306349863190450837,1);
INSERT INTO document_bands VALUES(-4498062568826167540,1);
INSERT INTO document_bands VALUES(-4334284559393287185,1);
INSERT INTO document_bands VALUES(-3738625165661857034,1);
INSERT INTO document_bands VALUES(-3701565014792376457,1);
INSERT INTO document_bands VALUES(-3610355938691287793,1);
INSERT INTO document_bands VALUES(-3305116632124600385,1);
INSERT INTO document_bands VALUES(-3155726487748407504,1);
INSERT INTO document_bands VALUES(-3129892489605971202,1);
INSERT INTO document_bands VALUES(-1541950285519569613,1);
INSERT INTO document_bands VALUES(-1437036978863525124,1);
INSERT INTO document_bands VALUES(-1378003133895580632,1);
INSERT INTO document_bands VALUES(-1026854449968915240,1);
INSERT INTO document_bands VALUES(-978927508423242587,1);
INSERT INTO document_bands VALUES(-565847021847845695,1);
INSERT INTO document_bands VALUES(1376387586994715736,1);
INSERT INTO document_bands VALUES(1456480518790535927,1);
INSERT INTO document_bands VALUES(2198293648191487575,1);
INSERT INTO document_bands VALUES(2470934771599727226,1);
INSERT INTO document_bands VALUES(2488030490849788997,1);
INSERT INTO document_bands VALUES(2489782795139211723,1);
INSERT INTO document_bands VALUES(2512209867457264759,1);
INSERT INTO document_bands VALUES(2590218589363621647,1);
INSERT INTO document_bands VALUES(2873535304967012632,1);
INSERT INTO document_bands VALUES(3246582608010870424,1);
INSERT INTO document_bands VALUES(3850787209919319636,1);
INSERT INTO document_bands VALUES(4818486466835564354,1);
INSERT INTO document_bands VALUES(5024050608439096686,1);
INSERT INTO document_bands VALUES(5412892719438969107,1);
INSERT INTO document_bands VALUES(5709924561576811882,1);
INSERT INTO document_bands VALUES(6070585266528031666,1);
INSERT INTO document_bands VALUES(7752494655747354754,1);
INSERT INTO document_bands VALUES(7870085766309823638,1);
INSERT INTO document_bands VALUES(8245929110764647482,1);
INSERT INTO document_bands VALUES(8332316435090134794,1);
INSERT INTO document_bands VALUES(8427027440381209189,1);
INSERT INTO document_bands VALUES(-8939280213681222953,2);
INSERT INTO document_bands VALUES(-8923055377423656584,2);
INSERT INTO document_bands VALUES(-8233215951195999908,2);
INSERT INTO document_bands VALUES(-8052933372899016547,2);
INSERT INTO document_bands VALUES(-7798413803120120710,2);
INSERT INTO document_bands VALUES(-7682910399640342368,2);
INSERT INTO document_bands VALUES(-7323452194825690043,2);
INSERT INTO document_bands VALUES(-7278303409651230633,2);
INSERT INTO document_bands VALUES(-6857790927069283084,2);
INSERT INTO document_bands VALUES(-6760598582888982374,2);
INSERT INTO document_bands VALUES(-6087235051888429560,2);
INSERT INTO document_bands VALUES(-5946526032828631075,2);
INSERT INTO document_bands VALUES(-5436652330001664855,2);
INSERT INTO document_bands VALUES(-5404932385353807357,2);
INSERT INTO document_bands VALUES(-4453973543077555936,2);
INSERT INTO document_bands VALUES(-3872851286308300416,2);
INSERT INTO document_bands VALUES(-3483277582842480932,2);
INSERT INTO document_bands VALUES(-3468247796312410183,2);
INSERT INTO document_bands VALUES(-3215282290785494658,2);
INSERT INTO document_bands VALUES(-1872983012923922985,2);
INSERT INTO document_bands VALUES(-1792977787044974225,2);
INSERT INTO document_bands VALUES(-1646399456970648366,2);
INSERT INTO document_bands VALUES(-1473557109023803828,2);
INSERT INTO document_bands VALUES(167262509684992478,2);
INSERT INTO document_bands VALUES(851139922348216419,2);
INSERT INTO document_bands VALUES(905681056349697058,2);
INSERT INTO document_bands VALUES(1362106157373555166,2);
INSERT INTO document_bands VALUES(1583744237951684798,2);
INSERT INTO document_bands VALUES(1693644658345704738,2);
INSERT INTO document_bands VALUES(3263291400575548182,2);
INSERT INTO document_bands VALUES(3618228461018067993,2);
INSERT INTO document_bands VALUES(4109201866776396997,2);
INSERT INTO document_bands VALUES(4572130955054461257,2);
INSERT INTO document_bands VALUES(5648350656037684012,2);
INSERT INTO document_bands VALUES(6091796417599406558,2);
INSERT INTO document_bands VALUES(6162920928679738620,2);
INSERT INTO document_bands VALUES(6754237066459110327,2);
INSERT INTO document_bands VALUES(7825282970852489205,2);
INSERT INTO document_bands VALUES(8308012258764867795,2);
INSERT INTO document_bands VALUES(8339185517215541176,2);
INSERT INTO document_bands VALUES(-9110499677006893041,3);
INSERT INTO document_bands VALUES(-8779834940866547915,3);
INSERT INTO document_bands VALUES(-8695208645401588454,3);
INSERT INTO document_bands VALUES(-8011892959391392754,3);
INSERT INTO document_bands VALUES(-6058935996910653983,3);
INSERT INTO document_bands VALUES(-5611621519473097428,3);
INSERT INTO document_bands VALUES(-4860417413992602330,3);
INSERT INTO document_bands VALUES(-3723046967223721414,3);
INSERT INTO document_bands VALUES(-3592390350575448565,3);
INSERT INTO document_bands VALUES(-3301749422459092490,3);
INSERT INTO document_bands VALUES(-2892950732207933606,3);
INSERT INTO document_bands VALUES(-2540993118960869895,3);
INSERT INTO document_bands VALUES(-2460855039770881971,3);
INSERT INTO document_bands VALUES(-1497407150049298648,3);
INSERT INTO document_bands VALUES(-1467706679242938676,3);
INSERT INTO document_bands VALUES(-1463816527617333504,3);
INSERT INTO document_bands VALUES(-1422241060218643787,3);
INSERT INTO document_bands VALUES(-801875457316401425,3);
INSERT INTO document_bands VALUES(-517624967921361587,3);
INSERT INTO document_bands VALUES(-433288796005722095,3);
INSERT INTO document_bands VALUES(-192675321147533110,3);
INSERT INTO document_bands VALUES(169561578453100931,3);
INSERT INTO document_bands VALUES(293049662725186567,3);
INSERT INTO document_bands VALUES(1398578036560546366,3);
INSERT INTO document_bands VALUES(1556442179583952721,3);
INSERT INTO document_bands VALUES(1896084719058607970,3);
INSERT INTO document_bands VALUES(1908477804894488026,3);
INSERT INTO document_bands VALUES(2935796753600330932,3);
INSERT INTO document_bands VALUES(3087550323802700601,3);
INSERT INTO document_bands VALUES(4465989862603447191,3);
INSERT INTO document_bands VALUES(4658117893681106945,3);
INSERT INTO document_bands VALUES(4790273312224136476,3);
INSERT INTO document_bands VALUES(5083408486690690552,3);
INSERT INTO document_bands VALUES(5490973175981584275,3);
INSERT INTO document_bands VALUES(7281163620396780230,3);
INSERT INTO document_bands VALUES(7598234580092688921,3);
INSERT INTO document_bands VALUES(8288253297842409670,3);
INSERT INTO document_bands VALUES(8480671097584697347,3);
INSERT INTO document_bands VALUES(8825544429320089922,3);
INSERT INTO document_bands VALUES(9093134730866427938,3);
INSERT INTO document_bands VALUES(-9157805761784394959,4);
INSERT INTO document_bands VALUES(-8745510218018674685,4);
INSERT INTO document_bands VALUES(-8726233412197313605,4);
INSERT INTO document_bands VALUES(-8505533242573657287,4);
INSERT INTO document_bands VALUES(-8060842483030620801,4);
INSERT INTO document_bands VALUES(-7955283076318793564,4);
INSERT INTO document_bands VALUES(-7780745569567092016,4);
INSERT INTO document_bands VALUES(-7726233572753681994,4);
INSERT INTO document_bands VALUES(-7402607031403831093,4);
INSERT INTO document_bands VALUES(-7179023302382937034,4);
INSERT INTO document_bands VALUES(-6680915410399133616,4);
INSERT INTO document_bands VALUES(-6649348694693831817,4);
INSERT INTO document_bands VALUES(-6277211096997762377,4);
INSERT INTO document_bands VALUES(-6229004011767931800,4);
INSERT INTO document_bands VALUES(-4957594425419903788,4);
INSERT INTO document_bands VALUES(-4376912708172167038,4);
INSERT INTO document_bands VALUES(-3437947631659122417,4);
INSERT INTO document_bands VALUES(-2187559911130584459,4);
INSERT INTO document_bands VALUES(-1069509775039532011,4);
INSERT INTO document_bands VALUES(-940383488488884462,4);
INSERT INTO document_bands VALUES(-662742221985417903,4);
INSERT INTO document_bands VALUES(-435830857386113534,4);
INSERT INTO document_bands VALUES(-429677077849916426,4);
INSERT INTO document_bands VALUES(92977280843874816,4);
INSERT INTO document_bands VALUES(509923966614234008,4);
INSERT INTO document_bands VALUES(1292478956017732530,4);
INSERT INTO document_bands VALUES(1567093993519168688,4);
INSERT INTO document_bands VALUES(1599311606704810248,4);
INSERT INTO document_bands VALUES(1633031244046775189,4);
INSERT INTO document_bands VALUES(2178187959602288381,4);
INSERT INTO document_bands VALUES(2889796015748557949,4);
INSERT INTO document_bands VALUES(2907039817819216613,4);
INSERT INTO document_bands VALUES(3757866368038002647,4);
INSERT INTO document_bands VALUES(4321380589257860975,4);
INSERT INTO document_bands VALUES(4654267128506935734,4);
INSERT INTO document_bands VALUES(4729465705123460823,4);
INSERT INTO document_bands VALUES(5039950162669042868,4);
INSERT INTO document_bands VALUES(5606966840899423831,4);
INSERT INTO document_bands VALUES(6541379996294475781,4);
INSERT INTO document_bands VALUES(7370522853978770706,4);
INSERT INTO document_bands VALUES(-8451001420540537505,5);
INSERT INTO document_bands VALUES(-7850950711015962843,5);
INSERT INTO document_bands VALUES(-7124739937176164714,5);
INSERT INTO document_bands VALUES(-6956294899439894313,5);
INSERT INTO document_bands VALUES(-6897166198791053513,5);
INSERT INTO document_bands VALUES(-6664336081658754567,5);
INSERT INTO document_bands VALUES(-6550116441017750288,5);
INSERT INTO document_bands VALUES(-6525015854409986161,5);
INSERT INTO document_bands VALUES(-6503793354711578005,5);
INSERT INTO document_bands VALUES(-6020661384286831492,5);
INSERT INTO document_bands VALUES(-5429994637080022442,5);
INSERT INTO document_bands VALUES(-4275075761677458617,5);
INSERT INTO document_bands VALUES(-3203717899125433790,5);
INSERT INTO document_bands VALUES(-2671514711048262421,5);
INSERT INTO document_bands VALUES(-2607652005001389877,5);
INSERT INTO document_bands VALUES(-2374623056659580652,5);
INSERT INTO document_bands VALUES(-1862581837404317332,5);
INSERT INTO document_bands VALUES(-1556076042111656216,5);
INSERT INTO document_bands VALUES(-1551329156153425365,5);
INSERT INTO document_bands VALUES(-1520947643164586496,5);
INSERT INTO document_bands VALUES(-1511089814219361650,5);
INSERT INTO document_bands VALUES(-1142835215868826712,5);
INSERT INTO document_bands VALUES(-1037272152828845981,5);
INSERT INTO document_bands VALUES(364718289935637675,5);
INSERT INTO document_bands VALUES(1044511037194070134,5);
INSERT INTO document_bands VALUES(2365639579581032574,5);
INSERT INTO document_bands VALUES(2607096758674269739,5);
INSERT INTO document_bands VALUES(3429370509943654920,5);
INSERT INTO document_bands VALUES(4164713279958295618,5);
INSERT INTO document_bands VALUES(4715096552055087399,5);
INSERT INTO document_bands VALUES(5280745486369135249,5);
INSERT INTO document_bands VALUES(5540085797010811696,5);
INSERT INTO document_bands VALUES(5623764869085019756,5);
INSERT INTO document_bands VALUES(6191858189531396614,5);
INSERT INTO document_bands VALUES(6253686742165025939,5);
INSERT INTO document_bands VALUES(6852302768608430924,5);
INSERT INTO document_bands VALUES(7137188948813315873,5);
INSERT INTO document_bands VALUES(7354626504482999663,5);
INSERT INTO document_bands VALUES(8322804206870811150,5);
INSERT INTO document_bands VALUES(8572378777328880396,5);
INSERT INTO document_bands VALUES(-7429096054952819408,6);
INSERT INTO document_bands VALUES(-7410756550528412567,6);
INSERT INTO document_bands VALUES(-6608313930729156600,6);
INSERT INTO document_bands VALUES(-5949479828752058294,6);
INSERT INTO document_bands VALUES(-5866499939545336730,6);
INSERT INTO document_bands VALUES(-5769115421529947021,6);
INSERT INTO document_bands VALUES(-5380567173421928053,6);
INSERT INTO document_bands VALUES(-4185482833633743162,6);
INSERT INTO document_bands VALUES(-4036285404454232785,6);
INSERT INTO document_bands VALUES(-2610310529152451886,6);
INSERT INTO document_bands VALUES(-2567446002939396257,6);
INSERT INTO document_bands VALUES(-2437103604705691261,6);
INSERT INTO document_bands VALUES(-2058486086881003830,6);
INSERT INTO document_bands VALUES(-1512639630776845692,6);
INSERT INTO document_bands VALUES(-1348959810847992520,6);
INSERT INTO document_bands VALUES(-1104939051265225431,6);
INSERT INTO document_bands VALUES(-919165178782236541,6);
INSERT INTO document_bands VALUES(-433806196862675009,6);
INSERT INTO document_bands VALUES(-323421571832170034,6);
INSERT INTO document_bands VALUES(431891112618228241,6);
INSERT INTO document_bands VALUES(771662295722084514,6);
INSERT INTO document_bands VALUES(1392852501404880108,6);
INSERT INTO document_bands VALUES(1822431507348638238,6);
INSERT INTO document_bands VALUES(1934492075473507396,6);
INSERT INTO document_bands VALUES(2345103600571209967,6);
INSERT INTO document_bands VALUES(2367892429234232171,6);
INSERT INTO document_bands VALUES(4348980212820039277,6);
INSERT INTO document_bands VALUES(5587036235431446424,6);
INSERT INTO document_bands VALUES(5756352556772139969,6);
INSERT INTO document_bands VALUES(5931056271326235319,6);
INSERT INTO document_bands VALUES(6210843638623366123,6);
INSERT INTO document_bands VALUES(6466478521725711848,6);
INSERT INTO document_bands VALUES(6544852956869055480,6);
INSERT INTO document_bands VALUES(6713407716381699135,6);
INSERT INTO document_bands VALUES(7349741899240133133,6);
INSERT INTO document_bands VALUES(7411228941095639614,6);
INSERT INTO document_bands VALUES(7456465952523141810,6);
INSERT INTO document_bands VALUES(8109026306552744778,6);
INSERT INTO document_bands VALUES(8350250534114392109,6);
INSERT INTO document_bands VALUES(8575660951035932596,6);
INSERT INTO document_bands VALUES(-7805252937983245668,7);
INSERT INTO document_bands VALUES(-7795038022685668041,7);
INSERT INTO document_bands VALUES(-7384884932106137590,7);
INSERT INTO document_bands VALUES(-7345286045576079401,7);
INSERT INTO document_bands VALUES(-6690991715014700587,7);
INSERT INTO document_bands VALUES(-5939228458496634928,7);
INSERT INTO document_bands VALUES(-5845443733275193176,7);
INSERT INTO document_bands VALUES(-5779272199726078043,7);
INSERT INTO document_bands VALUES(-5679640983774604751,7);
INSERT INTO document_bands VALUES(-5408859476391382709,7);
INSERT INTO document_bands VALUES(-5117464604828288566,7);
INSERT INTO document_bands VALUES(-5021045737694102171,7);
INSERT INTO document_bands VALUES(-4664173326924639893,7);
INSERT INTO document_bands VALUES(-4191439749501963267,7);
INSERT INTO document_bands VALUES(-3195786145630433231,7);
INSERT INTO document_bands VALUES(-2141587793902066179,7);
INSERT INTO document_bands VALUES(-1859442599444032030,7);
INSERT INTO document_bands VALUES(-1823896532138395319,7);
INSERT INTO document_bands VALUES(-1730141625591670959,7);
INSERT INTO document_bands VALUES(-1489006566623212579,7);
INSERT INTO document_bands VALUES(-1393892461579319873,7);
INSERT INTO document_bands VALUES(-859527306740220529,7);
INSERT INTO document_bands VALUES(-684060591873184547,7);
INSERT INTO document_bands VALUES(-378599436366064225,7);
INSERT INTO document_bands VALUES(570336601373183444,7);
INSERT INTO document_bands VALUES(912041742133050670,7);
INSERT INTO document_bands VALUES(1262245386342031991,7);
INSERT INTO document_bands VALUES(1690741104790540085,7);
INSERT INTO document_bands VALUES(1925135206886720606,7);
INSERT INTO document_bands VALUES(4348160049904301999,7);
INSERT INTO document_bands VALUES(5025578880489781805,7);
INSERT INTO document_bands VALUES(5312085311324792816,7);
INSERT INTO document_bands VALUES(6155568901400614407,7);
INSERT INTO document_bands VALUES(6294786216013038734,7);
INSERT INTO document_bands VALUES(6615689906499998866,7);
INSERT INTO document_bands VALUES(6779367487072462266,7);
INSERT INTO document_bands VALUES(7018430324806656264,7);
INSERT INTO document_bands VALUES(7697662963900020571,7);
INSERT INTO document_bands VALUES(8020725160416747948,7);
INSERT INTO document_bands VALUES(8612003292705775463,7);
INSERT INTO document_bands VALUES(-8002653034178714336,8);
INSERT INTO document_bands VALUES(-7855405866890311333,8);
INSERT INTO document_bands VALUES(-7096132761947218855,8);
INSERT INTO document_bands VALUES(-6916355058911955275,8);
INSERT INTO document_bands VALUES(-6380029462141189356,8);
INSERT INTO document_bands VALUES(-6348421970198230309,8);
INSERT INTO document_bands VALUES(-6218490315085963059,8);
INSERT INTO document_bands VALUES(-6090287064538244238,8);
INSERT INTO document_bands VALUES(-6053238823727933403,8);
INSERT INTO document_bands VALUES(-5438581514514397604,8);
INSERT INTO document_bands VALUES(-5299362674806843907,8);
INSERT INTO document_bands VALUES(-5128017041847918260,8);
INSERT INTO document_bands VALUES(-4913126654930202209,8);
INSERT INTO document_bands VALUES(-4719096902880936543,8);
INSERT INTO document_bands VALUES(-4523976428002475423,8);
INSERT INTO document_bands VALUES(-3930011861701409871,8);
INSERT INTO document_bands VALUES(-3377469644699826867,8);
INSERT INTO document_bands VALUES(-3336222609942392578,8);
INSERT INTO document_bands VALUES(-2752930324936169664,8);
INSERT INTO document_bands VALUES(-2713711989171562949,8);
INSERT INTO document_bands VALUES(-2154428647401434604,8);
INSERT INTO document_bands VALUES(-939965176611163764,8);
INSERT INTO document_bands VALUES(702982990779883070,8);
INSERT INTO document_bands VALUES(1365992668877464216,8);
INSERT INTO document_bands VALUES(1402418226274872737,8);
INSERT INTO document_bands VALUES(2256703276532331783,8);
INSERT INTO document_bands VALUES(2452884785876830829,8);
INSERT INTO document_bands VALUES(2494319893526755046,8);
INSERT INTO document_bands VALUES(2916895938045938589,8);
INSERT INTO document_bands VALUES(3026774328727348124,8);
INSERT INTO document_bands VALUES(3228590352476384029,8);
INSERT INTO document_bands VALUES(4939025989331164219,8);
INSERT INTO document_bands VALUES(5243218125255283551,8);
INSERT INTO document_bands VALUES(5434751951764889896,8);
INSERT INTO document_bands VALUES(5874013011275791733,8);
INSERT INTO document_bands VALUES(7308865145417771344,8);
INSERT INTO document_bands VALUES(8255767814736865850,8);
INSERT INTO document_bands VALUES(8893627097302096387,8);
INSERT INTO document_bands VALUES(9058278053599111299,8);
INSERT INTO document_bands VALUES(9130995086578804082,8);
INSERT INTO document_bands VALUES(-8929644649290515694,9);
INSERT INTO document_bands VALUES(-8697435871788046203,9);
INSERT INTO document_bands VALUES(-8112456573764485020,9);
INSERT INTO document_bands VALUES(-7394797999011157867,9);
INSERT INTO document_bands VALUES(-6867499522629070538,9);
INSERT INTO document_bands VALUES(-6695800175966473216,9);
INSERT INTO document_bands VALUES(-6361020446588717648,9);
INSERT INTO document_bands VALUES(-6002902832394923780,9);
INSERT INTO document_bands VALUES(-5969539168055520378,9);
INSERT INTO document_bands VALUES(-3837789029482746777,9);
INSERT INTO document_bands VALUES(-3828861674893706462,9);
INSERT INTO document_bands VALUES(-3497172531382406653,9);
INSERT INTO document_bands VALUES(-3251393003777954712,9);
INSERT INTO document_bands VALUES(-3021287917402359457,9);
INSERT INTO document_bands VALUES(-2941191037842604494,9);
INSERT INTO document_bands VALUES(-2712072137517407836,9);
INSERT INTO document_bands VALUES(-1997311131307985232,9);
INSERT INTO document_bands VALUES(-1573142286870509488,9);
INSERT INTO document_bands VALUES(-10675456448729303,9);
INSERT INTO document_bands VALUES(56643692203709861,9);
INSERT INTO document_bands VALUES(199518708560781465,9);
INSERT INTO document_bands VALUES(996084079874127884,9);
INSERT INTO document_bands VALUES(1290607845204197176,9);
INSERT INTO document_bands VALUES(1329197282542121530,9);
INSERT INTO document_bands VALUES(1365038415757658459,9);
INSERT INTO document_bands VALUES(1409076348864187629,9);
INSERT INTO document_bands VALUES(2384640474364546090,9);
INSERT INTO document_bands VALUES(3329337554015588397,9);
INSERT INTO document_bands VALUES(4572278654018729357,9);
INSERT INTO document_bands VALUES(4605930370483230835,9);
INSERT INTO document_bands VALUES(4618560418036888873,9);
INSERT INTO document_bands VALUES(4801815519164270820,9);
INSERT INTO document_bands VALUES(5619500890133240097,9);
INSERT INTO document_bands VALUES(5676088303365868175,9);
INSERT INTO document_bands VALUES(5805954357544197848,9);
INSERT INTO document_bands VALUES(6377904840887388804,9);
INSERT INTO document_bands VALUES(6719381834474401021,9);
INSERT INTO document_bands VALUES(7343951541720739696,9);
INSERT INTO document_bands VALUES(8139793416542842922,9);
INSERT INTO document_bands VALUES(8446083382457805593,9);
INSERT INTO document_bands VALUES(-8174118632605742826,10);
INSERT INTO document_bands VALUES(-7927084097516639182,10);
INSERT INTO document_bands VALUES(-7359457484905695612,10);
INSERT INTO document_bands VALUES(-6954376262924232218,10);
INSERT INTO document_bands VALUES(-6747362631552650648,10);
INSERT INTO document_bands VALUES(-6605629811694742473,10);
INSERT INTO document_bands VALUES(-6554319267646899979,10);
INSERT INTO document_bands VALUES(-6332324293379999569,10);
INSERT INTO document_bands VALUES(-6274665356209408659,10);
INSERT INTO document_bands VALUES(-5891942193443843190,10);
INSERT INTO document_bands VALUES(-5593371332270146620,10);
INSERT INTO document_bands VALUES(-5353196351311467729,10);
INSERT INTO document_bands VALUES(-4531177116816289549,10);
INSERT INTO document_bands VALUES(-4368292006685168885,10);
INSERT INTO document_bands VALUES(-4334138264924115088,10);
INSERT INTO document_bands VALUES(-4277861440609845273,10);
INSERT INTO document_bands VALUES(-4273620937280245467,10);
INSERT INTO document_bands VALUES(-4161891141517543970,10);
INSERT INTO document_bands VALUES(-4150432526300307528,10);
INSERT INTO document_bands VALUES(-3206262250874284472,10);
INSERT INTO document_bands VALUES(-3115289007954892464,10);
INSERT INTO document_bands VALUES(-1037005609389254041,10);
INSERT INTO document_bands VALUES(-711799211503102434,10);
INSERT INTO document_bands VALUES(-577383636766164598,10);
INSERT INTO document_bands VALUES(-512800660630831724,10);
INSERT INTO document_bands VALUES(48852499871552848,10);
INSERT INTO document_bands VALUES(659228649715760100,10);
INSERT INTO document_bands VALUES(783872439959531257,10);
INSERT INTO document_bands VALUES(1179418173926921685,10);
INSERT INTO document_bands VALUES(1567408948129002376,10);
INSERT INTO document_bands VALUES(1679405963503535691,10);
INSERT INTO document_bands VALUES(1971259058241364794,10);
INSERT INTO document_bands VALUES(3108041759405378857,10);
INSERT INTO document_bands VALUES(4281616382244504650,10);
INSERT INTO document_bands VALUES(4309425339963183212,10);
INSERT INTO document_bands VALUES(4442633657445436063,10);
INSERT INTO document_bands VALUES(5105213014418193226,10);
INSERT INTO document_bands VALUES(6363227070028835502,10);
INSERT INTO document_bands VALUES(7381936178397253222,10);
INSERT INTO document_bands VALUES(7683822375035636449,10);
CREATE TABLE unsettled_groups (
    type        TEXT NOT NULL,
    country_key TEXT NOT NULL,
    PRIMARY KEY (type, country_key)
) WITHOUT ROWID;
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','document_search','document_search',0,'CREATE VIRTUAL TABLE document_search USING fts5 (
    title, body,
    content = '''',
    tokenize = ''unicode61 remove_diacritics 2''
)');
CREATE INDEX events_by_date ON events (date_first);
CREATE INDEX event_countries_by_country ON event_countries (country, event_id);
CREATE INDEX event_organizations_by_organization ON event_organizations (organization, event_id);
CREATE INDEX participations_by_actor ON participations (actor_id, event_id);
CREATE INDEX sources_by_document ON sources (document_id, event_id);
CREATE INDEX events_by_merge_key ON events (type, country_key, date_first);
CREATE INDEX events_by_type_status ON events (type, status);
CREATE INDEX events_by_date_last ON events (date_last);
CREATE INDEX actor_roles_by_office ON actor_roles (country, role, first_seen);
CREATE INDEX actors_by_name ON actors (name);
CREATE INDEX events_by_span ON events (julianday(date_last) - julianday(date_first));
CREATE INDEX events_by_type_date ON events (
    type, date_first, id, date_last, status, date, end_date, location_name, location_country, mode,
    instrument, count, title, body, ordinal, confidence, details
);
CREATE INDEX actor_aliases_by_actor ON actor_aliases (actor_id);
CREATE INDEX event_country_pairs_by_event ON event_country_pairs (event_id);
CREATE INDEX corrections_by_event ON corrections (event_id);
CREATE INDEX correction_reports_by_correction ON correction_reports (correction_id, part);
CREATE INDEX correction_reports_by_document ON correction_reports (document_id, correction_id);
CREATE INDEX deleted_reports_by_correction ON deleted_reports (correction_id);
CREATE INDEX deleted_reports_by_document ON deleted_reports (document_id);
CREATE INDEX document_signatures_by_original ON document_signatures (copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX document_bands_by_document ON document_bands (document_id);
CREATE INDEX documents_by_published ON documents (published);
CREATE VIEW event_overview AS
SELECT e.id, e.type, e.status, e.date, e.end_date,
       (SELECT group_concat(country, ',') FROM (SELECT country FROM event_countries WHERE event_id = e.id ORDER BY country)) AS countries,
       (SELECT group_concat(organization, ',') FROM event_organizations WHERE event_id = e.id) AS organizations,
       e.location_name AS location, e.mode, e.instrument, e.count, e.title, e.body, e.ordinal, e.confidence,
       (SELECT group_concat(name, '; ') FROM (SELECT name FROM participations WHERE event_id = e.id ORDER BY position)) AS participants,
       (SELECT count(*) FROM sources WHERE event_id = e.id) AS source_count
FROM events e;
CREATE VIEW event_sources AS
SELECT s.event_id, d.external_id AS document, d.url, d.title, d.published, s.evidence, s.start, s."end"
FROM sources s JOIN documents d ON d.id = s.document_id;
CREATE VIEW event_participants AS
SELECT p.event_id, p.position, p.name, p.country, p.role, a.id AS actor_id, a.name AS actor_name
FROM participations p JOIN actors a ON a.id = p.actor_id;
CREATE TRIGGER event_country_pairs_on_insert AFTER INSERT ON event_countries
BEGIN
    INSERT OR IGNORE INTO event_country_pairs (country, partner, event_id)
    SELECT NEW.country, other.country, NEW.event_id
    FROM event_countries other WHERE other.event_id = NEW.event_id AND other.country <> NEW.country;
    INSERT OR IGNORE INTO event_country_pairs (country, partner, event_id)
    SELECT other.country, NEW.country, NEW.event_id
    FROM event_countries other WHERE other.event_id = NEW.event_id AND other.country <> NEW.country;
END;
CREATE VIEW correction_log AS
SELECT c.id, c.made_at, c.author, c.kind, c.target, c.event_id, c.actor_id, c.change,
       c.undone_at IS NOT NULL AS undone, c.undone_at, c.undone_by,
       (SELECT group_concat(DISTINCT d.external_id) FROM correction_reports r JOIN documents d ON d.id = r.document_id
        WHERE r.correction_id = c.id) AS documents
FROM corrections c;
CREATE VIEW document_copies AS
SELECT c.external_id AS document, o.external_id AS copy_of, s.resemblance
FROM document_signatures s JOIN documents c ON c.id = s.document_id JOIN documents o ON o.id = s.copy_of;
PRAGMA writable_schema=OFF;
COMMIT;
