"""Hand-written given names and surnames for heldout_v3, by naming tradition.

Every entry was typed in for this set; no name generator or name package was used. A person is
drawn from one tradition, so given name and surname match. Where surnames change with gender
(Polish -ska, Czech -ová, Lithuanian -ienė, Icelandic -dóttir, Russian/Kazakh -ova, ...), female and
male given names take the matching forms: `f`/`m` are given names, `s` surnames for anyone, `sf`/`sm`
the gendered surnames. `order` is the native order of a full name ("gf" or "fg").
"""

# fmt: off
from __future__ import annotations

from dataclasses import dataclass


def _s(text: str) -> tuple[str, ...]:
    """Split a '|'-separated list (names may contain spaces)."""
    return tuple(x.strip() for x in text.split("|") if x.strip())


@dataclass(frozen=True)
class Tradition:
    key: str
    region: str
    order: str
    f: tuple[str, ...]
    m: tuple[str, ...]
    s: tuple[str, ...] = ()
    sf: tuple[str, ...] = ()
    sm: tuple[str, ...] = ()
    weight: int = 2


def T(key: str, region: str, order: str, f: str, m: str, s: str = "", sf: str = "", sm: str = "",
      weight: int = 2) -> Tradition:
    return Tradition(key, region, order, _s(f), _s(m), _s(s), _s(sf), _s(sm), weight)


TRADITIONS: tuple[Tradition, ...] = (
    # ---- Africa
    T("yoruba_igbo_hausa", "West Africa", "gf",
      "Folake|Temitope|Chidinma|Ngozi|Obiageli|Zainab|Yewande|Chiamaka|Nkechi|Adaeze|Funmilayo|Hauwa",
      "Adebayo|Oluwaseun|Ikenna|Nnamdi|Abubakar|Babajide|Emeka|Kelechi|Tunde|Chukwuemeka|Musa|Obinna",
      "Adeyemi|Ogunleye|Balogun|Okonkwo|Nwosu|Eze|Chukwu|Adeleke|Bello|Danjuma|Nwachukwu|Oyelaran|Akinola|Agbaje|Ibekwe|Usman",
      weight=4),
    T("akan_ewe", "West Africa", "gf",
      "Akosua|Efua|Dzifa|Selorm|Abena|Ama|Esi|Afua|Yaa",
      "Kwame|Yaw|Kofi|Kwabena|Kojo|Kwaku|Edem|Senyo",
      "Mensah|Owusu|Asante|Boateng|Agyeman|Amoah|Quaye|Dogbe|Tetteh|Ofori|Appiah|Darko"),
    T("sahel_francophone", "West Africa", "gf",
      "Mariama|Aminata|Fatoumata|Oumou|Awa|Khady|Aïssatou|Ndèye",
      "Ousmane|Sékou|Mamadou|Cheikh|Ibrahima|Moussa|Souleymane|Lamine",
      "Ndiaye|Diallo|Sow|Traoré|Keïta|Coulibaly|Camara|N'Diaye|Diop|Fall|Sylla|Konaté"),
    T("kenya", "East Africa", "gf",
      "Wanjiru|Njeri|Achieng|Akinyi|Wambui|Zawadi|Neema|Chebet|Atieno",
      "Kamau|Otieno|Baraka|Juma|Kiprono|Mutua|Odhiambo|Wekesa|Imani",
      "Mwangi|Kariuki|Njoroge|Odhiambo|Ochieng|Wekesa|Mutua|Kiplagat|Rotich|Omondi|Wanyama|Kimani",
      weight=3),
    T("ethiopia", "East Africa", "gf",
      "Meseret|Selamawit|Hiwot|Tigist|Mahlet|Bethlehem", "Tesfaye|Abebe|Dawit|Yonas|Tewodros|Henok",
      "Mekonnen|Tadesse|Girma|Bekele|Alemu|Wolde|Haile|Tesfaye|Gebremedhin"),
    T("somali", "East Africa", "gf", "Hodan|Faduma|Ayan|Sahra|Ifrah", "Abdirahman|Abdullahi|Mohamed|Ahmed|Liban",
      "Warsame|Farah|Abdi|Hassan|Jama|Osman|Yusuf"),
    T("great_lakes", "East Africa", "gf", "Nakato|Uwase|Neema|Aline|Namubiru|Rehema", "Mugisha|Habimana|Ssemwanga|Baraka|Nsubuga|Hakizimana",
      "Nsubuga|Habimana|Uwimana|Kimaro|Massawe|Mushi|Mugisha|Niyonzima|Kato"),
    T("nguni_sotho", "Southern Africa", "gf",
      "Thandeka|Nomvula|Zanele|Lerato|Naledi|Ayanda|Palesa|Nokuthula", "Sipho|Lwazi|Bongani|Tumelo|Kagiso|Mpho|Thabo|Sibusiso",
      "Dlamini|Nkosi|Mthembu|Khumalo|Ndlovu|Mokoena|Molefe|Sithole|Mahlangu|Mabaso|Zulu|Mokoena", weight=3),
    T("shona", "Southern Africa", "gf", "Rufaro|Tatenda|Chipo|Nyasha|Rutendo", "Tendai|Farai|Tinashe|Kudakwashe|Tafadzwa",
      "Moyo|Chikwanha|Mutasa|Chiweshe|Mhlanga|Nyathi"),
    T("afrikaans", "Southern Africa", "gf", "Marlize|Annelie|Elmarie|Ronel|Liezl", "Riaan|Pieter|Johan|Gerhard|Wynand",
      "van Wyk|Botha|Pretorius|du Plessis|Venter|Nel|van der Merwe|Coetzee|Steyn"),
    T("malagasy", "Southern Africa", "gf", "Voahangy|Fara|Lalao|Hanitra", "Hery|Rivo|Tahina|Mamy",
      "Rakotomalala|Randrianarisoa|Rasoanaivo|Andriamanana|Rabe", weight=1),
    # ---- Middle East and North Africa
    T("maghreb_amazigh", "North Africa", "gf",
      "Khadija|Salma|Nadia|Imane|Souad|Tiziri|Kenza|Meriem|Fatima-Zahra", "Youssef|Mehdi|Rachid|Amine|Karim|Idir|Massinissa|Abdelkader|Said",
      "Benali|El Amrani|Bennani|Bouzid|Boucherit|Chaoui|Tahiri|Ait Ouali|Belkacem|Othmani|Haddad|Mansouri", weight=3),
    T("levant_gulf", "Middle East", "gf",
      "Leila|Rania|Hala|Noor|Yara|Layan|Mariam|Dalia|Reem|Lina", "Omar|Tariq|Samir|Ziad|Fares|Hamza|Bilal|Khalid|Nasser|Faisal",
      "Haddad|Khoury|Nasser|Mansour|Saleh|Al-Masri|Abdallah|Hamdan|Darwish|Aziz|Zaki|Fakhoury|Al-Farsi|Al-Harthy|Al-Shamsi|bin Rashid|Al-Qahtani",
      weight=4),
    T("persian_kurdish", "Middle East", "gf",
      "Shirin|Parisa|Niloufar|Soraya|Mahsa|Laleh|Roya|Shilan|Zhila|Bahar", "Arash|Dariush|Kaveh|Babak|Farhad|Omid|Navid|Sirwan|Payam|Hawre",
      "Hosseini|Rahimi|Tehrani|Karimi|Jafari|Moradi|Ahmadi|Sadeghi|Ebrahimi|Kazemi|Farahani|Mahmoudi|Rostami|Azizi|Daneshvar|Golshiri",
      weight=3),
    T("turkish", "Middle East", "gf",
      "Elif|Zeynep|Ayşe|Çağla|Selin|Defne|İpek|Aylin|Tuğba|Büşra", "Emre|Burak|Mert|Oğuz|Kerem|Barış|Gökhan|Yusuf|Serkan|Onur",
      "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Kılıç|Aslan|Çetin|Koç|Kurt|Özdemir|Güneş|Polat|Erdem",
      weight=3),
    T("azerbaijani", "Caucasus", "gf", "Aysel|Leyla|Nigar|Günay|Səbinə", "Rəşad|Orxan|Elvin|Tural|Vüqar",
      sf="Hüseynova|Quliyeva|Məmmədova|Əliyeva|İsmayılova", sm="Hüseynov|Quliyev|Məmmədov|Əliyev|İsmayılov", weight=1),
    T("georgian", "Caucasus", "gf", "Nino|Tamar|Eka|Anano|Mariam|Salome", "Giorgi|Levan|Davit|Lasha|Irakli|Zurab",
      "Beridze|Kapanadze|Gelashvili|Maisuradze|Lomidze|Tsiklauri|Chkheidze|Javakhishvili|Kvaratskhelia"),
    T("armenian", "Caucasus", "gf", "Ani|Lusine|Gohar|Nare|Anahit|Mane", "Armen|Tigran|Aram|Hayk|Vardan|Narek",
      "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Harutyunyan|Avetisyan|Karapetyan|Mkrtchyan"),
    T("hebrew", "Middle East", "gf", "Noa|Shira|Avital|Maayan|Hadas|Liora|Nitzan|Tamar", "Yonatan|Eitan|Yair|Itai|Ori|Gilad|Amit|Nadav",
      "Cohen|Levi|Mizrahi|Peretz|Biton|Friedman|Shapiro|Ben-David|Azoulay|Avraham|Katz|Rosenberg|Dahan|Ohana|Ben-Ami"),
    # ---- South Asia
    T("north_india", "South Asia", "gf",
      "Ananya|Priyanka|Kavya|Deepika|Meera|Pooja|Neha|Shruti|Aditi", "Aarav|Vikram|Rohan|Arjun|Siddharth|Ishaan|Sanjeev|Rahul|Prakash",
      "Sharma|Patel|Gupta|Deshpande|Kulkarni|Joshi|Verma|Agarwal|Mehta|Chauhan|Trivedi", weight=4),
    T("south_india", "South Asia", "gf",
      "Lakshmi|Divya|Revathi|Meenakshi|Anjali|Sowmya|Keerthana", "Karthik|Venkatesh|Suresh|Arun|Vignesh|Raghav|Srinivas",
      "Iyer|Nair|Menon|Reddy|Rao|Pillai|Krishnan|Subramanian|Venkataraman|Naidu|Gowda", weight=3),
    T("punjabi", "South Asia", "gf", "Harpreet|Gurpreet|Manpreet|Simran|Navneet", "Harjit|Gurdeep|Jaspal|Amrit|Manjeet",
      s="Gill|Sandhu|Dhillon|Grewal|Sidhu|Bains|Brar", sf="Kaur", sm="Singh"),
    T("bengali", "South Asia", "gf", "Sreya|Nusrat|Farhana|Tahmina|Moumita|Rupa", "Anirban|Tanvir|Arnab|Sourav|Rakib|Shuvo",
      "Chatterjee|Banerjee|Mukherjee|Bhattacharya|Das|Ghosh|Rahman|Hossain|Chowdhury|Islam|Sarkar", weight=3),
    T("pakistani", "South Asia", "gf", "Sana|Ayesha|Hira|Mahnoor|Zara|Fatima", "Imran|Bilal|Usman|Hamza|Faisal|Ahsan",
      "Chaudhry|Qureshi|Siddiqui|Malik|Butt|Khan|Sheikh|Mirza|Abbasi"),
    T("sri_lankan", "South Asia", "gf", "Nimali|Dilani|Sanduni|Tharushi|Ishara", "Chathura|Kasun|Nuwan|Dinesh|Lahiru",
      "Perera|Fernando|Jayasuriya|Wickramasinghe|Bandara|Silva|Dissanayake|Gunawardena"),
    T("nepali", "South Asia", "gf", "Sushila|Anjana|Sabina|Pratima", "Bishnu|Prakash|Sagar|Roshan",
      "Shrestha|Gurung|Thapa|Tamang|Rai|Adhikari|Magar", weight=1),
    # ---- East and South-East Asia (romanised; CJK natives are in NATIVE below)
    T("mandarin", "East Asia", "fg", "Jing|Yuqing|Zihan|Meiling|Jiahui|Xinyi|Ruoxi|Yu-Ting|Shu-Fen",
      "Wei|Xiaoming|Haoran|Zhiwei|Yifan|Chun-Hao|Jianguo|Zhenyu|Bowen",
      "Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Sun|Zhu|Guo|Lin|Luo|Gao|Tsai|Hsu|Kuo", weight=4),
    T("cantonese", "East Asia", "fg", "Ka Wai|Wing Yan|Hoi Lam|Mei Ki|Suet Ying", "Siu Ming|Chi Keung|Ka Ho|Wai Lun|Tsz Hin",
      "Chan|Wong|Cheung|Leung|Lau|Ho|Lam|Tse|Yeung|Ng"),
    T("japanese", "East Asia", "fg", "Yui|Aoi|Hina|Sakura|Misaki|Yuna|Nanami|Haruka|Mio", "Haruto|Sota|Ren|Takumi|Kenta|Daisuke|Ryota|Shota|Kaito",
      "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Matsumoto|Inoue|Kimura|Shimizu|Hayashi",
      weight=3),
    T("korean", "East Asia", "fg", "Seo-yeon|Ha-eun|Ji-woo|Su-bin|Ye-jin|Eun-ji|Min-seo", "Min-jun|Ji-ho|Do-yun|Seo-jun|Hyun-woo|Jae-won|Sung-min",
      "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo|Kwon|Hwang"),
    T("vietnamese", "South-East Asia", "fg", "Thảo|Lan|Ngọc Anh|Phương|Trang|Linh|Huyền|Mai|Hương", "Minh|Hùng|Tuấn|Hải|Quang|Đức|Khánh|Bảo|Dũng",
      "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương"),
    T("indonesian_malay", "South-East Asia", "gf", "Siti|Dewi|Putri|Nurul|Ayu|Sari|Intan", "Budi|Agus|Rizky|Wayan|Ketut|Aiman|Farid|Hafiz",
      "Santoso|Wijaya|Pratama|Kusuma|Hidayat|Saputra|Nugroho|Setiawan|Sulistyowati|binti Ahmad|bin Ismail|Abdullah|Rahmat", weight=3),
    T("filipino", "South-East Asia", "gf", "Maricel|Rowena|Lovely|Marites|Joy|Princess|Kristine", "Jericho|Angelito|Arnel|Jomar|Reynaldo|Paolo",
      "Reyes|Dela Cruz|Bautista|Villanueva|Macaraeg|Mangubat|Santos|Garcia|Mendoza|Aquino|Ramos"),
    T("thai", "South-East Asia", "gf", "Siriporn|Kanya|Nattaya|Pimchanok|Ratchanee", "Somchai|Nattapong|Kittisak|Anucha|Thanawat",
      "Wongsawat|Chaiyaporn|Rattanakorn|Srisuk|Boonmee|Saetang|Phromma"),
    T("khmer_lao", "South-East Asia", "gf", "Sokha|Bopha|Bounmy|Keo", "Dara|Vannak|Souksavanh|Phonsavanh",
      "Meas|Chea|Heng|Phommasak|Sisavath|Vongsa", weight=1),
    # ---- Central Asia
    T("kazakh_uzbek", "Central Asia", "gf", "Aigerim|Dinara|Gulnara|Madina|Dilnoza|Nilufar|Munira|Cholpon", "Yerlan|Askar|Timur|Bekzod|Sardor|Aibek|Firuz|Nurlan",
      sf="Abenova|Akhmetova|Yusupova|Tursunova|Sadykova|Nazarova|Zhaksylykova|Karimova",
      sm="Nurlanov|Sarsenbayev|Zhaksylykov|Karimov|Rakhimov|Abdullaev|Mamatov|Rahmonov"),
    T("mongolian", "Central Asia", "gf", "Oyuntsetseg|Enkhjin|Sarangerel|Nomin", "Bat-Erdene|Temuulen|Ganbold|Bilguun",
      "Batbayar|Gantulga|Dorj|Enkhbold|Purevdorj|Sukhbaatar", weight=1),
    # ---- Europe
    T("dutch_flemish", "Europe", "gf", "Femke|Anouk|Sanne|Lotte|Marieke|Eline|Fleur", "Maarten|Joost|Thijs|Jeroen|Bram|Sander|Wouter",
      "de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Jong|van Leeuwen|Mulder|Brouwer|Peeters|Janssens|Claes", weight=3),
    T("german", "Europe", "gf", "Hannelore|Anneliese|Wiebke|Sabine|Katrin|Ulrike|Friederike|Anja",
      "Jörg|Klaus-Dieter|Sönke|Matthias|Jürgen|Torsten|Henning|Lukas",
      "Schneider|Fischer|Weber|Becker|Hoffmann|Schäfer|Richter|Wolff|Krüger|von Bülow|Zimmermann|Schulze|Hartmann|Vogel", weight=4),
    T("french", "Europe", "gf", "Geneviève|Margaux|Océane|Héloïse|Marie-Claire|Maëlle|Amélie|Solène|Clémence",
      "Théo|Aurélien|Benoît|Jean-Baptiste|Yannick|Étienne|Guillaume|Loïc|Mathieu",
      "Lefèvre|Moreau|Girard|Rousseau|Fontaine|Chevalier|Dubois|Mercier|Lemaire|Le Gall|Kerjean|Bonnet|Faure|Gauthier", weight=4),
    T("italian", "Europe", "gf", "Giulia|Chiara|Ginevra|Francesca|Alessia|Beatrice|Martina", "Lorenzo|Alessandro|Matteo|Nicolò|Giacomo|Riccardo|Davide",
      "Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|De Luca|Conti|Bruno|Galli|Mancini", weight=3),
    T("spanish", "Europe", "gf", "Lucía|Rocío|Montserrat|Núria|Mercè|Ainhoa|Aitziber|Itziar|Carmen",
      "Álvaro|Íñigo|Iñaki|Xabier|Jordi|Pau|Sergio|Javier|Rubén",
      "Fernández|García|Martínez|Rodríguez|López|Sánchez|Pérez|Jiménez|Ruiz|Díaz|Álvarez|Muñoz|Navarro|Domínguez|Goikoetxea|Etxeberria|Agirre|Puig|Ferrer|Vidal|Soler|García Lorenzo|Ortuño Vidal",
      weight=4),
    T("portuguese", "Europe", "gf", "Inês|Leonor|Conceição|Beatriz|Mariana|Filipa", "João|Gonçalo|Tiago|Duarte|Rui|Nuno",
      "Silva|Ferreira|Pereira|Oliveira|Rodrigues|Sousa|Gonçalves|Carvalho|Costa|Martins|dos Santos"),
    T("greek", "Europe", "gf", "Eleni|Vasiliki|Katerina|Dimitra|Sofia", "Dimitrios|Athanasios|Giorgos|Nikos|Konstantinos",
      "Papadopoulos|Georgiou|Nikolaidis|Konstantinou|Oikonomou|Vlachos|Pappas|Antoniou"),
    T("celtic", "Europe", "gf", "Siobhán|Aoife|Niamh|Eilidh|Catriona|Carys|Gwenllian|Róisín", "Ciarán|Pádraig|Hamish|Rhys|Dafydd|Eoin|Cathal",
      "O'Sullivan|Ní Bhriain|Mac Giolla|McLeod|MacKenzie|Fraser|Llewellyn|Pritchard|Ó Murchú|O'Brien|Kavanagh|MacDonald"),
    T("anglo", "Europe", "gf", "Charlotte|Harriet|Imogen|Abigail|Eleanor|Phoebe|Jessica", "Oliver|Harry|George|Callum|Edward|Nathan|Joshua",
      "Thompson|Robinson|Clarke|Hughes|Walker|Wright|Turner|Cooper|Ward|Morris|Harrison|Bennett", weight=3),
    T("polish", "Europe", "gf", "Agnieszka|Małgorzata|Zuzanna|Katarzyna|Magdalena|Joanna", "Krzysztof|Wojciech|Łukasz|Piotr|Tomasz|Grzegorz",
      s="Nowak|Wójcik|Kowalczyk|Mazur|Krawczyk",
      sf="Kowalska|Wiśniewska|Lewandowska|Szymańska|Kamińska|Zielińska", sm="Kowalski|Wiśniewski|Lewandowski|Szymański|Kamiński|Zieliński",
      weight=3),
    T("czech_slovak", "Europe", "gf", "Tereza|Kateřina|Radka|Lucie|Zuzana|Petra", "Jiří|Ondřej|Matej|Tomáš|Jakub|Marek",
      sf="Novotná|Svobodová|Dvořáková|Černá|Procházková|Kučerová|Horáková",
      sm="Novotný|Svoboda|Dvořák|Černý|Procházka|Kučera|Horák"),
    T("romanian", "Europe", "gf", "Ioana|Mihaela|Cristina|Andreea|Roxana|Elena", "Andrei|Bogdan|Mihai|Radu|Florin|Cătălin",
      "Popescu|Ionescu|Dumitrescu|Constantin|Stan|Munteanu|Ungureanu|Moldovan"),
    T("south_slavic", "Europe", "gf", "Milica|Jelena|Ivana|Tamara|Mirela|Maja", "Dragan|Nemanja|Luka|Boris|Marko|Stefan",
      "Petrović|Jovanović|Nikolić|Marković|Horvat|Kovačević|Babić|Novak|Đorđević|Kovač"),
    T("bulgarian", "Europe", "gf", "Desislava|Gergana|Tsvetelina|Ralitsa", "Stoyan|Georgi|Ivaylo|Plamen",
      sf="Georgieva|Dimitrova|Petrova|Ivanova", sm="Georgiev|Dimitrov|Petrov|Ivanov", weight=1),
    T("ukrainian_russian", "Europe", "gf", "Oksana|Olena|Anastasiia|Yekaterina|Iryna|Tetiana|Svetlana", "Taras|Dmytro|Oleksandr|Andriy|Sergei|Mikhail|Bohdan",
      s="Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Kravchenko|Lysenko",
      sf="Smirnova|Volkova|Morozova|Sokolova|Orlova", sm="Smirnov|Volkov|Morozov|Sokolov|Orlov", weight=3),
    T("baltic_estonian", "Europe", "gf", "Rūta|Ilze|Kadri|Laura|Ieva|Liis", "Jonas|Kārlis|Mart|Mindaugas|Jānis|Tarmo",
      s="Tamm|Saar|Sepp|Mägi",
      sf="Jankauskienė|Kazlauskaitė|Ozola|Bērziņa", sm="Jankauskas|Kazlauskas|Ozols|Bērziņš"),
    T("hungarian", "Europe", "fg", "Réka|Zsófia|Csilla|Dóra|Boglárka|Eszter|Anikó", "Bence|Levente|Gergely|Ákos|Márton|Zsolt|Balázs",
      "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Lakatos|Takács|Juhász"),
    T("scandinavian", "Europe", "gf", "Sigrid|Astrid|Linnea|Ingrid|Freja|Solveig|Ebba|Maja", "Magnus|Oskar|Mikkel|Bjørn|Henrik|Anders|Leif|Sverre",
      "Lindqvist|Andersson|Johansson|Bergström|Sjöberg|Nyström|Holm|Jørgensen|Kristiansen|Haugen|Solberg|Bakke|Rasmussen|Østergaard|Dahl",
      weight=3),
    T("finnish", "Europe", "gf", "Aino|Sanna|Kaisa|Minna|Elina|Tuuli", "Eero|Juha|Ville|Tuomas|Jari|Antti",
      "Korhonen|Virtanen|Mäkinen|Nieminen|Järvinen|Heikkinen|Kuusisto|Laine|Hämäläinen"),
    T("icelandic", "Europe", "gf", "Þórunn|Sóley|Guðrún|Hildur", "Guðmundur|Halldór|Sigurður|Einar",
      sf="Guðmundsdóttir|Jónsdóttir|Sigurðardóttir|Ólafsdóttir", sm="Sigurðsson|Ólafsson|Jónsson|Einarsson", weight=1),
    # ---- Americas and Pacific
    T("north_american", "Americas", "gf",
      "Brittany|Dakota|Latoya|Keisha|Savannah|Brooke|Madison|Kayla|Trinity|Tamika", "Tyler|Jamal|DeShawn|Cody|Chase|Hunter|Austin|Colton|Brayden|Dwayne",
      "Johnson|Williams|Miller|Washington|Coleman|Jenkins|Hunter|Brooks|Carter|Reed|Foster|Morrison|Jefferson|Simmons", weight=4),
    T("quebecois", "Americas", "gf", "Maude|Geneviève|Chloé|Roxanne", "Étienne|Mathieu|Jean-François|Simon",
      "Tremblay|Gagnon|Bouchard|Côté|Pelletier|Lavoie|Gauthier", weight=1),
    T("brazilian", "Americas", "gf", "Juliana|Rafaela|Luana|Yasmin|Heloísa|Thaís|Larissa", "Thiago|Caio|Enzo|Vinícius|Gabriel|Rodrigo|Matheus",
      "Souza|Lima|Almeida|Barbosa|Ribeiro|Nascimento|Araújo|Cavalcanti|Santos|Oliveira|Ferreira|Rocha", weight=3),
    T("mexican_andean", "Americas", "gf", "Ximena|Guadalupe|Itzel|Citlali|Fernanda|Xóchitl|Yesenia|Nayeli", "Santiago|Emiliano|Wilmer|Alejandro|Diego|Joaquín|Alonso",
      "Hernández|Ramírez|Flores|Cruz|Mendoza|Aguilar|Salazar|Villalobos|Quispe|Mamani|Huamán|Condori|Choque|Gutiérrez", weight=3),
    T("caribbean", "Americas", "gf", "Odalys|Yuleisy|Shanique|Tamika|Kerry-Ann", "Kemar|Dwayne|Rohan|Yasiel|Jean-Robert",
      "Gayle|Baptiste|Pierre-Louis|Campbell|Francis|Joseph|Rodríguez|Thompson"),
    T("indigenous_americas", "Americas", "gf", "Nizhoni|Aiyana|Killa|Winona|Tayanita", "Ahanu|Inti|Hototo|Kele|Tupaq",
      "Begay|Yazzie|Tsosie|Benally|Two Bulls|Yellowhorse|Quispe|Tenorio", weight=1),
    T("maori", "Pacific", "gf", "Aroha|Mere|Anahera|Kahurangi|Hana", "Manaia|Tama|Wiremu|Rangi|Nikau",
      "Ngata|Parata|Tuhiwai|Te Whiu|Tapsell|Walker|Te Rangi"),
    T("polynesian", "Pacific", "gf", "Losa|Mele|Salote|Leilani|Noelani|Sina", "Sione|Tevita|Viliami|Josaia|Keoni|Makoa|Kalani",
      "Faleolo|Tuilagi|Leota|Fuimaono|Taufa|Fifita|Havili|Vainikolo|Tuivaga|Naivalu|Ravouvou|Kahananui|Kealoha|Kamakana|Palakiko|Taitano"),
)

# Names written in their own scripts: (given, family, given romanised, family romanised, script, order).
# `order` "fg" means the native full name is family first; CJK full names are written without a space.
NATIVE: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("美咲", "佐藤", "Misaki", "Sato", "ja", "fg"), ("健太", "高橋", "Kenta", "Takahashi", "ja", "fg"),
    ("結衣", "山本", "Yui", "Yamamoto", "ja", "fg"), ("蓮", "中村", "Ren", "Nakamura", "ja", "fg"),
    ("陽菜", "小林", "Hina", "Kobayashi", "ja", "fg"),
    ("芳", "王", "Fang", "Wang", "zh", "fg"), ("强", "李", "Qiang", "Li", "zh", "fg"), ("静", "陈", "Jing", "Chen", "zh", "fg"),
    ("梓涵", "黄", "Zihan", "Huang", "zh", "fg"), ("志豪", "林", "Chih-Hao", "Lin", "zh", "fg"),
    ("淑芬", "吳", "Shu-Fen", "Wu", "zh", "fg"),
    ("민준", "김", "Min-jun", "Kim", "ko", "fg"), ("서연", "이", "Seo-yeon", "Lee", "ko", "fg"),
    ("지호", "박", "Ji-ho", "Park", "ko", "fg"), ("하은", "최", "Ha-eun", "Choi", "ko", "fg"),
    ("Анна", "Смирнова", "Anna", "Smirnova", "ru", "gf"), ("Дмитрий", "Волков", "Dmitry", "Volkov", "ru", "gf"),
    ("Екатерина", "Морозова", "Ekaterina", "Morozova", "ru", "gf"), ("Сергей", "Кузнецов", "Sergey", "Kuznetsov", "ru", "gf"),
    ("Олена", "Коваль", "Olena", "Koval", "uk", "gf"), ("Тарас", "Шевчук", "Taras", "Shevchuk", "uk", "gf"),
    ("Γιώργος", "Παπαδάκης", "Giorgos", "Papadakis", "el", "gf"), ("Ελένη", "Κωνσταντίνου", "Eleni", "Konstantinou", "el", "gf"),
    ("محمد", "العتيبي", "Mohammed", "Al-Otaibi", "ar", "gf"), ("فاطمة", "الزهراني", "Fatima", "Al-Zahrani", "ar", "gf"),
    ("يوسف", "حداد", "Youssef", "Haddad", "ar", "gf"), ("ليلى", "منصور", "Layla", "Mansour", "ar", "gf"),
    ("سارا", "رضایی", "Sara", "Rezaei", "fa", "gf"), ("علی", "محمدی", "Ali", "Mohammadi", "fa", "gf"),
    ("נועה", "כהן", "Noa", "Cohen", "he", "gf"), ("איתי", "לוי", "Itai", "Levi", "he", "gf"),
    ("प्रिया", "शर्मा", "Priya", "Sharma", "hi", "gf"), ("राहुल", "वर्मा", "Rahul", "Verma", "hi", "gf"),
    ("অনির্বাণ", "দাস", "Anirban", "Das", "bn", "gf"), ("সুমাইয়া", "রহমান", "Sumaiya", "Rahman", "bn", "gf"),
    ("கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", "ta", "gf"), ("மீனா", "ராஜேந்திரன்", "Meena", "Rajendran", "ta", "gf"),
    ("สมชาย", "ใจดี", "Somchai", "Jaidee", "th", "gf"), ("ศิริพร", "วงศ์สวัสดิ์", "Siriporn", "Wongsawat", "th", "gf"),
    ("ნინო", "ბერიძე", "Nino", "Beridze", "ka", "gf"), ("გიორგი", "კაპანაძე", "Giorgi", "Kapanadze", "ka", "gf"),
    ("Արամ", "Պետրոսյան", "Aram", "Petrosyan", "hy", "gf"), ("Անի", "Հակոբյան", "Ani", "Hakobyan", "hy", "gf"),
    ("ሰላም", "ተስፋዬ", "Selam", "Tesfaye", "am", "gf"), ("ዳዊት", "መኮንን", "Dawit", "Mekonnen", "am", "gf"),
    ("Айгерім", "Ахметова", "Aigerim", "Akhmetova", "kk", "gf"), ("නිමාලි", "පෙරේරා", "Nimali", "Perera", "si", "gf"),
    ("శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", "te", "gf"), ("નેહા", "પટેલ", "Neha", "Patel", "gu", "gf"),
    ("ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Harpreet", "Kaur", "pa", "gf"),
)
# fmt: on
