"""Hand-written person-name lists for pack_u (AI, ML and data platforms).

Written for this pack from general knowledge; no generator library and no other list was used.
Each tradition: code, region, name order ("gf" given-first, "fg" family-first, "mix" both),
male given names, female given names, surnames, rule for the female surname form.
Entries are separated by "|" so that particles and double surnames can hold spaces.
"""

from __future__ import annotations

import unicodedata

TRADITIONS = [
    ("en_us", "Americas", "gf",
     "James|Michael|Tyler|Brandon|Dustin|Cody|Travis|Marcus|Derek|Wyatt|Colton|Jalen",
     "Ashley|Brittany|Kayla|Megan|Shelby|Courtney|Madison|Kelsey|Brianna|Haley|Tiffany|Lauren",
     "Whitaker|Henderson|Sullivan|Caldwell|Brennan|Fitzgerald|Thornton|Pruitt|Holloway|McAllister|Vaughn|Dalton",
     None),
    ("en_gb", "Europe", "gf",
     "Oliver|Harry|Alfie|Callum|Rhys|Ewan|Toby|Archie|Rory|Hamish|Jasper|Nigel",
     "Imogen|Poppy|Harriet|Eleanor|Phoebe|Niamh|Ffion|Isla|Rosalind|Beatrix|Gemma|Philippa",
     "Ashworth|Pemberton|Hargreaves|Blackwood|Featherstone|Wainwright|Entwistle|Cholmondeley|Rowntree|Pilkington|Ogden|Lockhart",
     None),
    ("ga_ie", "Europe", "gf",
     "Cian|Oisín|Pádraig|Tadhg|Ruairí|Darragh|Eoin|Cathal|Fionn|Seánie",
     "Aoife|Saoirse|Siobhán|Gráinne|Orla|Clodagh|Caoimhe|Róisín|Méabh|Eibhlín",
     "O'Sullivan|Ó Briain|Mac Giolla|McGuinness|O'Donoghue|Ó Conchúir|Mac Carthaigh|Fitzpatrick|Ó Dónaill|Breathnach",
     "ga"),
    ("fr", "Europe", "gf",
     "Théo|Jean-Baptiste|Mathis|Loïc|Aurélien|Baptiste|Gaëtan|Rémi|François-Xavier|Yannick",
     "Clémence|Maëlle|Océane|Anne-Sophie|Solène|Élodie|Margaux|Gwenaëlle|Noémie|Bérénice",
     "Lefèvre|Dubois|de la Fontaine|Le Goff|d'Aubigné|Chevalier|Fournier|Du Pont|Rousseau|Marchetti-Blanc|Gauthier|Le Roux",
     None),
    ("de", "Europe", "gf",
     "Jürgen|Klaus-Dieter|Maximilian|Lukas|Jörg|Hans-Peter|Florian|Sönke|Tobias|Ulrich",
     "Anneliese|Jana|Katharina|Hannelore|Svenja|Franziska|Wiebke|Ute|Annegret|Leonie",
     "Schäfer|Großmann|von Hohenberg|Müller-Lüdenscheidt|Köhler|Brandtner|zu Stolberg|Weißenborn|Hoffmeister|Kürschner|Bachmann|Eichhorn",
     None),
    ("nl", "Europe", "gf",
     "Joost|Sander|Maarten|Bram|Thijs|Wouter|Gijs|Pieter-Jan|Ruud|Sjoerd",
     "Femke|Marieke|Sanne|Anouk|Lieke|Maartje|Fleur|Ilse|Roos|Evelien",
     "van der Meulen|de Vries|van 't Hof|ter Horst|Bakker|van Dijk|Visser|de Jong|van den Broek|Kuijpers|Verhoeven|Smit",
     None),
    ("es", "Europe", "gf",
     "Álvaro|Íñigo|Javier|Sergio|Rubén|Joaquín|Aitor|Gonzalo|Borja|Pau",
     "Lucía|Nerea|Ainhoa|Begoña|Rocío|Itziar|Montserrat|Inmaculada|Paloma|Aránzazu",
     "García Márquez|Fernández de Córdoba|Iglesias|Ortuño|de la Serna|Gutiérrez Ruiz|Echeverría|Zubizarreta|Castro Peña|Villanueva|Ibáñez|Olazábal",
     None),
    ("pt", "Europe", "gf",
     "João|Tiago|Gonçalo|Rui|Duarte|Vasco|Nuno|Afonso|Bernardo|Henrique",
     "Inês|Leonor|Beatriz|Matilde|Carolina|Mariana|Joana|Constança|Filipa|Sofia",
     "da Silva|dos Santos|Magalhães|Gonçalves|Pereira da Costa|Mendes|Sousa|Carvalho|de Albuquerque|Figueiredo|Loureiro",
     None),
    ("pt_br", "Americas", "gf",
     "Thiago|Rodrigo|Caio|Guilherme|Vinícius|Leandro|Marcelo|Wesley|Everton|Cauã",
     "Thaís|Fernanda|Larissa|Juliana|Bruna|Letícia|Camila|Gabriela|Rafaela|Luana",
     "Nascimento|Araújo|Ribeiro|Barbosa|Cavalcanti|Rocha|Fonseca|Teixeira|Moreira|Batista|Pinheiro",
     None),
    ("it", "Europe", "gf",
     "Lorenzo|Alessandro|Matteo|Gianluca|Federico|Niccolò|Raffaele|Pierpaolo|Emanuele|Salvatore",
     "Giulia|Chiara|Francesca|Martina|Alessia|Ilaria|Benedetta|Federica|Serena|Donatella",
     "Rossi|De Luca|Esposito|Bianchi|Di Stefano|Lombardi|D'Amico|Colombo|Ferraro|Santoro|Mancini|Greco",
     None),
    ("pl", "Europe", "gf",
     "Krzysztof|Wojciech|Łukasz|Mateusz|Grzegorz|Paweł|Michał|Jarosław|Przemysław|Bartłomiej",
     "Agnieszka|Małgorzata|Katarzyna|Zofia|Joanna|Magdalena|Weronika|Ewelina|Bożena|Justyna",
     "Kowalski|Wiśniewski|Zieliński|Lewandowski|Wójcik|Kamiński|Szymański|Dąbrowski|Nowak|Grabowski|Jabłoński|Krawczyk",
     "pl"),
    ("cs", "Europe", "gf",
     "Jiří|Tomáš|Ondřej|Lukáš|Vojtěch|Radek|Zdeněk|Matěj|Přemysl|Vratislav",
     "Lucie|Tereza|Kateřina|Markéta|Zuzana|Veronika|Barbora|Hana|Dagmar|Šárka",
     "Novák|Svoboda|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Pokorný|Marek|Růžička",
     "cs"),
    ("ru", "Europe", "gf",
     "Dmitri|Alexei|Sergei|Nikolai|Yevgeny|Vladislav|Konstantin|Arkady|Timofei|Gleb",
     "Yekaterina|Anastasia|Olga|Tatiana|Svetlana|Ksenia|Darya|Yulia|Lyudmila|Polina",
     "Ivanov|Smirnov|Kuznetsov|Volkov|Sokolov|Lebedev|Morozov|Novikov|Orlov|Zaitsev|Belyaev|Tarasov",
     "ru"),
    ("uk", "Europe", "gf",
     "Oleksandr|Bohdan|Taras|Mykola|Andriy|Yaroslav|Ostap|Vasyl|Dmytro|Serhiy",
     "Oksana|Olena|Iryna|Khrystyna|Solomiya|Halyna|Nataliya|Zoriana|Lesya|Mariya",
     "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchuk|Melnyk|Hrytsenko|Lysenko|Petrenko|Savchuk|Boyko",
     None),
    ("el", "Europe", "gf",
     "Giorgos|Dimitris|Konstantinos|Nikos|Panagiotis|Vasilis|Stavros|Theodoros|Christos|Spyros",
     "Eleni|Katerina|Dimitra|Ioanna|Vasiliki|Georgia|Sofia|Angeliki|Despoina|Paraskevi",
     "Papadopoulos|Georgiou|Nikolaidis|Karagiannis|Oikonomou|Antoniou|Vlachos|Makris|Theodorakis|Papadakis|Alexiou",
     "el"),
    ("hu", "Europe", "fg",
     "Bence|Levente|Zoltán|Gábor|Ádám|Csaba|Balázs|Attila|Tibor|Márton",
     "Zsófia|Réka|Eszter|Ildikó|Krisztina|Boglárka|Anikó|Tünde|Orsolya|Dóra",
     "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Lakatos",
     None),
    ("ro", "Europe", "gf",
     "Andrei|Mihai|Ionuț|Răzvan|Bogdan|Cătălin|Sorin|Florin|Vlad|Ștefan",
     "Ioana|Andreea|Alexandra|Raluca|Ileana|Mădălina|Roxana|Bianca|Corina|Oana",
     "Popescu|Ionescu|Dumitrescu|Stănescu|Georgescu|Munteanu|Constantinescu|Bălan|Căpraru|Țurcanu|Ungureanu",
     None),
    ("sv", "Europe", "gf",
     "Björn|Oskar|Linus|Gustav|Anders|Mikael|Pontus|Joakim|Ludvig|Viggo",
     "Ingrid|Elin|Frida|Astrid|Linnea|Saga|Maja|Agnes|Tove|Ebba",
     "Lindqvist|Åkesson|Söderberg|Bergström|Nyström|Hedlund|Sjöberg|Lundgren|Ekström|Wallin|Forsberg",
     None),
    ("fi", "Europe", "gf",
     "Juhani|Matti|Teemu|Antti|Ville|Jussi|Eero|Lauri|Aleksi|Tuomas",
     "Aino|Sanna|Tuuli|Kaisa|Päivi|Riikka|Minna|Hanna-Leena|Eveliina|Satu",
     "Mäkinen|Virtanen|Korhonen|Häkkinen|Leinonen|Järvinen|Heikkilä|Koskinen|Laaksonen|Nieminen|Väisänen",
     None),
    ("is", "Europe", "gf",
     "Guðmundur|Sigurður|Gunnar|Einar|Kristján|Ólafur|Þórður|Bjarni|Hallgrímur|Ragnar",
     "Guðrún|Sigríður|Kristín|Helga|Þórunn|Ragnheiður|Auður|Hrafnhildur|Sólveig|Björk",
     "Jónsson|Stefánsson|Magnússon|Einarsson|Pétursson|Ólafsson|Gíslason|Sigurðsson|Hallsson|Þorsteinsson",
     "is"),
    ("lt", "Europe", "gf",
     "Mindaugas|Tomas|Darius|Vytautas|Gediminas|Žygimantas|Arūnas|Saulius|Rokas|Linas",
     "Rūta|Eglė|Ieva|Greta|Jurgita|Aušra|Giedrė|Austėja|Rasa|Inga",
     "Kazlauskas|Petrauskas|Jankauskas|Žukauskas|Butkus|Paulauskas|Vasiliauskas|Balčiūnas|Stankevičius|Urbonas",
     "lt"),
    ("tr", "Middle East", "gf",
     "Mehmet|Mustafa|Emre|Burak|Oğuz|Kaan|Serkan|Çağlar|Tolga|Barış",
     "Ayşe|Elif|Zeynep|Şebnem|Gülşen|Merve|Özlem|Deniz|Ebru|Büşra",
     "Yılmaz|Öztürk|Şahin|Demir|Çelik|Aydın|Kılıç|Erdoğan|Koç|Güneş|Aksoy|Kaya",
     None),
    ("ar", "Middle East", "gf",
     "Mohammed|Khalid|Omar|Tariq|Yousef|Hamza|Faisal|Anas|Bilal|Ziyad",
     "Fatima|Nour|Layla|Aisha|Mariam|Huda|Rania|Dalia|Yasmin|Salma",
     "Al-Rashid|Al Mansouri|El-Sayed|Haddad|Al-Harbi|Khoury|Nasser|Al-Qahtani|Saleh|Abdel-Fattah|Al Zaabi|Hamdan",
     None),
    ("fa", "Middle East", "gf",
     "Reza|Dariush|Arash|Kourosh|Mehdi|Babak|Farhad|Siavash|Navid|Kaveh",
     "Shirin|Parisa|Niloufar|Mahsa|Golnaz|Roya|Leila|Azadeh|Yasaman|Setareh",
     "Hosseini|Mohammadi|Rahimi|Karimi|Jafari|Tehrani|Ahmadinejad|Moradi|Sadeghi|Ebrahimi|Farahani",
     None),
    ("he", "Middle East", "gf",
     "Yonatan|Itai|Eitan|Noam|Amit|Oded|Gilad|Yuval|Ariel|Nadav",
     "Noa|Tamar|Shira|Yael|Michal|Adi|Maayan|Hila|Orly|Talia",
     "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Ben-David|Avraham|Shapira|Katz|Dahan|Ben Ami",
     None),
    ("ka", "Caucasus", "gf",
     "Giorgi|Levan|Davit|Irakli|Zurab|Nika|Lasha|Tornike|Revaz|Otar",
     "Nino|Tamari|Ketevan|Mariam|Eka|Natia|Salome|Tinatin|Lika|Maka",
     "Beridze|Kapanadze|Gelashvili|Maisuradze|Tsiklauri|Lomidze|Jgerenaia|Kvaratskhelia|Abashidze|Chkheidze",
     None),
    ("hy", "Caucasus", "gf",
     "Aram|Tigran|Armen|Hayk|Vahe|Gevorg|Narek|Ashot|Samvel|Levon",
     "Anahit|Lusine|Siranush|Mane|Nare|Gayane|Armine|Tatevik|Lilit|Hasmik",
     "Petrosyan|Hovhannisyan|Sargsyan|Grigoryan|Harutyunyan|Avetisyan|Khachatryan|Mkrtchyan|Vardanyan|Ghazaryan",
     None),
    ("kz_uz", "Central Asia", "gf",
     "Nursultan|Yerlan|Aibek|Timur|Dauren|Bakhodir|Rustam|Sanjar|Azamat|Jasur",
     "Aigerim|Dinara|Madina|Gulnara|Zarina|Aizhan|Nilufar|Kamila|Saule|Dilnoza",
     "Nurlanov|Abenov|Karimov|Tokayev|Yusupov|Akhmetov|Rakhimov|Suleimenov|Ismailov|Bekov",
     "ru"),
    ("hi", "South Asia", "gf",
     "Rahul|Arjun|Vikram|Siddharth|Aditya|Rohan|Karthik|Nikhil|Pranav|Abhishek",
     "Priya|Ananya|Kavya|Shruti|Pooja|Deepika|Sneha|Meera|Aishwarya|Nandini",
     "Sharma|Verma|Gupta|Agarwal|Iyer|Chatterjee|Deshpande|Kulkarni|Banerjee|Malhotra|Reddy|Nair",
     None),
    ("ta", "South Asia", "gf",
     "Senthil|Murugan|Karthikeyan|Arun|Balaji|Saravanan|Vignesh|Prakash|Dinesh|Selvam",
     "Lakshmi|Meenakshi|Revathi|Kalaivani|Divya|Janani|Sangeetha|Vaishnavi|Yamini|Priyadharshini",
     "Subramanian|Ramasamy|Krishnan|Venkatesan|Palaniappan|Natarajan|Sundaram|Raghavan|Chidambaram|Annamalai",
     None),
    ("pa", "South Asia", "gf",
     "Gurpreet|Harjit|Manpreet|Jaswinder|Balwinder|Amrit|Sukhdeep|Navjot|Harpreet|Inderjit",
     "Simran|Harleen|Jaspreet|Navneet|Gurleen|Kiranjit|Manjit|Rupinder|Sandeep|Baljeet",
     "Singh|Kaur|Sandhu|Dhillon|Gill|Grewal|Sidhu|Bains|Virk|Randhawa",
     None),
    ("bn", "South Asia", "gf",
     "Arif|Tanvir|Rakib|Sabbir|Imran|Shakil|Mahmud|Nazmul|Rashed|Fahim",
     "Nusrat|Farhana|Sadia|Tahmina|Sharmin|Rumana|Jannatul|Mithila|Afroza|Tasnim",
     "Rahman|Hossain|Chowdhury|Islam|Akter|Uddin|Sarkar|Talukder|Bhuiyan|Mollah",
     None),
    ("si_ne", "South Asia", "gf",
     "Kasun|Chamara|Nuwan|Lahiru|Prabin|Suman|Bishal|Dilshan|Ramesh|Sunil",
     "Nadeesha|Dilini|Sanduni|Anjali|Sujata|Pramila|Sabina|Ishara|Tharushi|Rojina",
     "Perera|Fernando|Wickramasinghe|Jayasuriya|Bandara|Shrestha|Gurung|Thapa|Adhikari|Rajapaksa",
     None),
    ("zh", "East Asia", "mix",
     "Wei|Jun|Hao|Lei|Zhiwei|Yuchen|Haoran|Jianguo|Bowen|Zihan",
     "Xiaoling|Mei|Yanan|Jing|Ruoxi|Xinyi|Lihua|Shuang|Yuting|Qian",
     "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Wu|Xu|Sun",
     None),
    ("yue", "East Asia", "mix",
     "Ka-Ming|Wing-Hong|Chi-Keung|Siu-Lung|Kwok-Wai|Tsz-Hin|Man-Kit|Ho-Yin",
     "Mei-Ling|Wai-Yee|Suk-Fan|Ka-Yan|Hoi-Ying|Lai-Kuen|Tsz-Ching|Pui-Shan",
     "Chan|Wong|Leung|Cheung|Lau|Ng|Ho|Tsang|Yeung|Kwok",
     None),
    ("ja", "East Asia", "mix",
     "Haruto|Takumi|Kenta|Daisuke|Shota|Yuto|Ryota|Kazuki|Hiroshi|Sota",
     "Yui|Sakura|Aoi|Haruka|Misaki|Nanami|Ayaka|Kaori|Mio|Yuna",
     "Sato|Suzuki|Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Matsumoto|Inoue|Kimura",
     None),
    ("ko", "East Asia", "mix",
     "Min-jun|Seo-jun|Ji-hoon|Hyun-woo|Do-yun|Jae-won|Sung-min|Tae-yang|Dong-hyun|Woo-jin",
     "Seo-yeon|Ji-woo|Ha-eun|Min-seo|Su-bin|Yoo-jin|Eun-ji|Da-som|Hye-jin|Na-rae",
     "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin",
     None),
    ("mn", "East Asia", "gf",
     "Bat-Erdene|Temuulen|Ganbold|Munkh-Orgil|Tsogt|Enkhbayar|Baatar|Sukhbat",
     "Oyunchimeg|Solongo|Enkhjargal|Narantuya|Altantsetseg|Bolormaa|Tsetseg|Uranchimeg",
     "Batbayar|Gantulga|Dorj|Purevdorj|Tsedendamba|Erdenebat|Sukhbaatar|Otgonbayar",
     None),
    ("vi", "South-East Asia", "fg",
     "Minh|Tuấn|Dũng|Quang|Huy|Khoa|Phúc|Thành|Long|Bảo",
     "Linh|Trang|Hương|Thảo|Ngọc|Phương|Mai|Hạnh|Yến|Nhung",
     "Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Đỗ|Huỳnh|Ngô|Dương",
     None),
    ("th", "South-East Asia", "gf",
     "Somchai|Anan|Kittisak|Prasert|Thanawat|Natthapong|Wichai|Chaiwat|Surasak|Pakorn",
     "Siriporn|Kanokwan|Pimchanok|Rattana|Nattaya|Supaporn|Wanida|Chutima|Ploy|Arunee",
     "Srisuk|Wongsakul|Chaiyaporn|Rattanakorn|Saetang|Thongchai|Boonmee|Kaewkla|Phromma|Suwannarat",
     None),
    ("ms_id", "South-East Asia", "gf",
     "Ahmad|Hafiz|Azlan|Faizal|Syafiq|Budi|Agus|Wahyu|Rizky|Hendra",
     "Nurul|Siti|Aisyah|Farah|Zulaikha|Dewi|Sri|Rina|Putri|Ayu",
     "bin Ismail|bin Abdullah|bin Hassan|Santoso|Wijaya|Setiawan|Kusuma|Hidayat|Pratama|bin Yusof",
     "ms"),
    ("tl", "South-East Asia", "gf",
     "Jose Miguel|Rommel|Jericho|Paolo|Carlo|Rodel|Jun-Jun|Renato|Marvin|Aldrin",
     "Maricel|Kristine Joy|Rowena|Jocelyn|Lourdes|Analyn|Rhea|Mylene|Divina|Jennilyn",
     "Dela Cruz|Bautista|Macaraeg|Santiago|Villanueva|Dimaculangan|Reyes|Manalo|Lacson|Panganiban",
     None),
    ("yo_ig", "West Africa", "gf",
     "Oluwaseun|Babatunde|Chinedu|Emeka|Olumide|Adebayo|Ikechukwu|Tunde|Obinna|Femi",
     "Adaeze|Chiamaka|Folasade|Ngozi|Oluwadamilola|Yetunde|Nneka|Ifeoma|Temitope|Bukola",
     "Adeyemi|Okonkwo|Ogunleye|Eze|Nwachukwu|Balogun|Okafor|Adebisi|Uchenna|Olaniyan|Chukwu|Oyelaran",
     None),
    ("ak_gh", "West Africa", "gf",
     "Kwame|Kofi|Yaw|Kwabena|Kwaku|Kojo|Nii|Fiifi|Ekow|Kwesi",
     "Ama|Akosua|Abena|Efua|Adwoa|Yaa|Afua|Esi|Akua|Naa",
     "Mensah|Asante|Owusu|Boateng|Appiah|Osei|Agyemang|Darko|Amoako|Quaye",
     None),
    ("wo_sn", "West Africa", "gf",
     "Mamadou|Cheikh|Ousmane|Ibrahima|Moussa|Abdoulaye|Modou|Aliou|Souleymane|Babacar",
     "Aminata|Fatou|Mariama|Awa|Khady|Ndeye|Coumba|Aïssatou|Dieynaba|Astou",
     "Diop|Ndiaye|Fall|Sow|Diallo|Ba|Sy|Gueye|Faye|Mbaye|Cissé|Thiam",
     None),
    ("sw_ke", "East Africa", "gf",
     "Brian|Kevin|Dennis|Collins|Baraka|Juma|Kipchoge|Eliud|Wycliffe|Amos",
     "Faith|Mercy|Wanjiru|Zawadi|Neema|Achieng|Cynthia|Purity|Brenda|Jeruto",
     "Odhiambo|Kariuki|Mutua|Kiprotich|Wafula|Chege|Onyango|Gitau|Ndungu|Wekesa",
     None),
    ("am_et", "East Africa", "gf",
     "Abebe|Dawit|Tesfaye|Yonas|Solomon|Getachew|Biruk|Henok|Mulugeta|Ermias",
     "Selam|Tigist|Hiwot|Meron|Bethlehem|Mekdes|Saba|Rahel|Liya|Tsion",
     "Bekele|Tadesse|Haile|Gebremedhin|Alemu|Wolde|Mengistu|Kebede|Desta|Assefa",
     None),
    ("zu_za", "Southern Africa", "gf",
     "Sipho|Thabo|Mandla|Bongani|Sibusiso|Lwazi|Themba|Kagiso|Tshepo|Vusi",
     "Nomvula|Thandiwe|Lerato|Zanele|Palesa|Ayanda|Nokuthula|Refilwe|Busisiwe|Naledi",
     "Dlamini|Nkosi|Mthembu|Khumalo|Ndlovu|Zulu|Mokoena|Mahlangu|Molefe|Van Wyk|Botha|Pretorius",
     None),
    ("es_mx", "Americas", "gf",
     "Juan Pablo|Luis Ángel|Alejandro|Emiliano|Santiago|Ulises|Héctor|Rogelio|Eduardo|Maximiliano",
     "Guadalupe|Ximena|María José|Citlali|Valeria|Fernanda|Daniela|Yesenia|Itzel|Renata",
     "Hernández|López|Martínez|de la Cruz|Ramírez|Villalobos|Cervantes|Zúñiga|Treviño|Ochoa|Cuauhtémoc|Mendoza",
     None),
    ("es_andes", "Americas", "gf",
     "Wilmer|Yeison|Jhon Fredy|Édgar|Nelson|Fredy|Walter|Rolando|Hernán|Julián",
     "Yuliana|Leidy|Marisol|Rosa Elvira|Nathalia|Katherine|Mayerli|Yolanda|Érika|Paola",
     "Quispe|Mamani|Huamán|Condori|Cárdenas|Ccahuana|Valderrama|Arboleda|Restrepo|Londoño|Gaitán|Choque",
     None),
    ("caribbean", "Americas", "gf",
     "Jermaine|Dwayne|Shaquille|Tevin|Rohan|Kemar|Delroy|Andre|Ricardo|Shamar",
     "Shanice|Kimone|Tanisha|Shereen|Jodi-Ann|Keisha|Latoya|Antoinette|Sasha-Kay|Nadine",
     "Campbell|Brown|McKenzie|Francis|Thompson|Grant|Bailey|Edwards|Salmon|Wright|Gayle|Facey",
     None),
    ("mi_pac", "Pacific", "gf",
     "Wiremu|Tane|Hemi|Rawiri|Manaia|Sione|Tevita|Lemalu|Ioane|Nikau",
     "Aroha|Mere|Anahera|Moana|Losana|Mele|Salote|Kahurangi|Ngaio|Leilani",
     "Te Whiti|Ngata|Parata|Tuhiwai|Fonoti|Tupou|Fifita|Leavasa|Taufa|Tapsell",
     None),
    ("hr_sr", "Europe", "gf",
     "Ivan|Luka|Marko|Dražen|Goran|Nikola|Stjepan|Miloš|Dejan|Zoran",
     "Ivana|Jelena|Marija|Snježana|Dragana|Mirjana|Tamara|Vesna|Ljiljana|Milica",
     "Horvat|Kovačević|Babić|Marić|Jovanović|Petrović|Nikolić|Đorđević|Knežević|Vuković|Šimić",
     None),
]

# Native-script persons: (lang, native given, native family, romanised given, romanised family, native order)
NATIVE = [
    ("ja", "太郎", "山田", "Taro", "Yamada", "fg"),
    ("ja", "美咲", "佐藤", "Misaki", "Sato", "fg"),
    ("ja", "健太", "高橋", "Kenta", "Takahashi", "fg"),
    ("zh", "伟", "王", "Wei", "Wang", "fg"),
    ("zh", "晓玲", "陈", "Xiaoling", "Chen", "fg"),
    ("zh", "浩然", "刘", "Haoran", "Liu", "fg"),
    ("zh_tw", "家豪", "林", "Chia-Hao", "Lin", "fg"),
    ("ko", "민준", "김", "Min-jun", "Kim", "fg"),
    ("ko", "서연", "박", "Seo-yeon", "Park", "fg"),
    ("ko", "지훈", "이", "Ji-hoon", "Lee", "fg"),
    ("ru", "Дмитрий", "Соколов", "Dmitri", "Sokolov", "gf"),
    ("ru", "Анастасия", "Волкова", "Anastasia", "Volkova", "gf"),
    ("uk", "Олена", "Шевченко", "Olena", "Shevchenko", "gf"),
    ("bg", "Георги", "Димитров", "Georgi", "Dimitrov", "gf"),
    ("sr", "Милош", "Јовановић", "Milos", "Jovanovic", "gf"),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "gf"),
    ("el", "Ελένη", "Νικολαΐδου", "Eleni", "Nikolaidou", "gf"),
    ("ar", "محمد", "الراشد", "Mohammed", "Al-Rashid", "gf"),
    ("ar", "فاطمة", "حداد", "Fatima", "Haddad", "gf"),
    ("fa", "شیرین", "حسینی", "Shirin", "Hosseini", "gf"),
    ("he", "נועה", "כהן", "Noa", "Cohen", "gf"),
    ("hi", "राहुल", "शर्मा", "Rahul", "Sharma", "gf"),
    ("hi", "प्रिया", "गुप्ता", "Priya", "Gupta", "gf"),
    ("bn", "তানভীর", "রহমান", "Tanvir", "Rahman", "gf"),
    ("ta", "செந்தில்", "குமார்", "Senthil", "Kumar", "gf"),
    ("te", "వెంకట్", "రెడ్డి", "Venkat", "Reddy", "gf"),
    ("th", "สมชาย", "ศรีสุข", "Somchai", "Srisuk", "gf"),
    ("ka", "ნინო", "ბერიძე", "Nino", "Beridze", "gf"),
    ("hy", "Տիգրան", "Պետրոսյան", "Tigran", "Petrosyan", "gf"),
    ("am", "ሰላም", "በቀለ", "Selam", "Bekele", "gf"),
    ("mn", "Тэмүүлэн", "Батбаяр", "Temuulen", "Batbayar", "gf"),
    ("kk", "Айгерім", "Нұрланова", "Aigerim", "Nurlanova", "gf"),
]

PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "von", "zu", "ter", "'t",
             "bin", "binti", "al", "el", "ben", "d'", "di", "del", "te", "dela", "y", "o'", "mac", "mc",
             "ó", "ní", "nic", "van't"}

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "đ": "d",
                       "Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE"})


def fold(s: str) -> str:
    """ASCII-fold a Latin-script string (diacritics removed, a few letters mapped)."""
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def female_surname(rule: str | None, s: str) -> str:
    if rule == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    if rule == "cs":
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("ek"):
            return s[:-2] + "ková"
        if s.endswith("a"):
            return s[:-1] + "ová"
        return s + "ová"
    if rule == "ru":
        for a, b in (("sky", "skaya"), ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yev", "yeva")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    if rule == "el":
        for a, b in (("poulos", "poulou"), ("idis", "idou"), ("akis", "aki"), ("ou", "ou"), ("os", "ou"),
                     ("is", "i"), ("as", "a")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    if rule == "lt":
        for a, b in (("as", "aitė"), ("us", "utė"), ("is", "ytė"), ("ius", "iūtė")):
            if s.endswith(a):
                return s[: -len(a)] + b
        return s
    if rule == "ga":
        if s.startswith("Ó "):
            return "Ní " + s[2:]
        if s.startswith("Mac "):
            return "Nic " + s[4:]
        return s
    if rule == "is":
        if s.endswith("sson"):
            return s[:-4] + "sdóttir"
        return s[:-3] + "dóttir"
    if rule == "ms":
        return s.replace("bin ", "binti ")
    return s


def stats() -> dict[str, int]:
    givens: set[str] = set()
    fams: set[str] = set()
    for t in TRADITIONS:
        givens.update(t[3].split("|"))
        givens.update(t[4].split("|"))
        fams.update(t[5].split("|"))
    return {"traditions": len(TRADITIONS), "given": len(givens), "surnames": len(fams), "native": len(NATIVE),
            "regions": len({t[1] for t in TRADITIONS})}


if __name__ == "__main__":
    print(stats())
