"""Hand-written name lists for pack_c (no library, not copied from any other set).

TRADITIONS: (code, region, order, groups). order is "gf" (given first) or "fg" (family first) or "mix"
(either, per person). Each group is (given names, family names) separated by "|"; a person takes a given
name and a family name from the same group (groups keep gendered surname forms together).
SCRIPT_PAIRS: (lang, native given, native family, romanised given, romanised family, order, joiner).
"""

TRADITIONS = [
    ("en", "Europe/N. America", "gf", [(
        "James|Olivia|Michael|Emily|David|Sarah|Daniel|Jessica|Matthew|Hannah|Ryan|Megan|Nathan|Abigail",
        "Smith|Johnson|Harris|Turner|Collins|Bennett|Foster|Hughes|Whitaker|Pemberton|Ashworth-Clarke|Blackwood")]),
    ("ga", "Europe", "gf", [
        ("Siobhán|Aoife|Niamh|Saoirse|Róisín|Orla", "O'Sullivan|Ní Dhomhnaill|Ní Bhriain|Fitzgerald|Gallagher|Kavanagh"),
        ("Ciarán|Pádraig|Eoin|Cian|Declan|Colm", "O'Sullivan|Ó Briain|Mac Carthaigh|McNamara|Byrne|O'Donoghue")]),
    ("gd", "Europe", "gf", [(
        "Alasdair|Catriona|Fiona|Hamish|Eilidh|Murdo|Iona|Callum|Morag|Euan",
        "MacLeod|MacDonald|McKenzie|Campbell|Sinclair|Drummond|MacGregor|Robertson|Cameron")]),
    ("cy", "Europe", "gf", [(
        "Rhys|Gwen|Dylan|Carys|Iwan|Sioned|Gareth|Bethan|Emyr|Ffion",
        "Llewellyn|Pritchard|Vaughan|Bowen|Evans|Price|ap Gwilym|Griffiths|Rees")]),
    ("de", "Europe", "gf", [(
        "Lukas|Anna|Jonas|Lena|Felix|Sophie|Maximilian|Johanna|Tobias|Katharina|Jürgen|Klaus-Peter",
        "Müller|Schmidt|Schneider|Weiß|Köhler|von Bülow|zu Stolberg|Hoffmann|Bäcker|Schäfer|Großmann|Wagner")]),
    ("de_at_ch", "Europe", "gf", [(
        "Florian|Magdalena|Valentin|Theresia|Reto|Ursina|Matthias|Leonie",
        "Gruber|Huber|Pichler|Steiner|Moser|Brunner|Egger|Hofer|Baumgartner")]),
    ("nl", "Europe", "gf", [(
        "Sanne|Daan|Femke|Joost|Anouk|Bram|Lotte|Thijs|Maartje|Sven",
        "van der Berg|de Vries|van den Heuvel|Jansen|Bakker|Visser|de Jong|van Dijk|Smit|ter Horst")]),
    ("nl_be", "Europe", "gf", [(
        "Wout|Lien|Pieter-Jan|Elke|Jens|Ine",
        "Peeters|Janssens|Maes|Van Damme|De Smet|Claes|Vermeulen|Willems")]),
    ("fr", "Europe", "gf", [(
        "Camille|Théo|Chloé|Mathis|Élodie|Hugo|Manon|Baptiste|Océane|Jean-Baptiste|Anne-Sophie|Loïc",
        "Lefèvre|Dubois|Moreau|Girard|Rousseau|du Pont|de la Tour|Le Gall|Fontaine|Chevalier|d'Aubigné|Mercier")]),
    ("es", "Europe", "gf", [(
        "Lucía|Alejandro|Carmen|Javier|Marta|Sergio|Ana Belén|José Luis|Pilar|Íñigo",
        "García Márquez|Fernández|López de la Cruz|Martínez|Sánchez-Vidal|Ruiz|Jiménez|Ortega y Gasset|Núñez|Domínguez")]),
    ("ca", "Europe", "gf", [(
        "Jordi|Montserrat|Pau|Núria|Oriol|Laia|Arnau|Mireia",
        "Puig|Ferrer|Soler|Vila|Casals|Roca|Pujol|Serra i Font")]),
    ("pt", "Europe", "gf", [(
        "João|Inês|Tiago|Beatriz|Rui|Mariana|Gonçalo|Leonor|Duarte|Catarina",
        "Silva|Santos|Ferreira|Pereira|da Costa|dos Santos|Oliveira|Gonçalves|Rodrigues|de Sousa")]),
    ("pt_br", "Americas", "gf", [(
        "Thiago|Larissa|Rafael|Juliana|Guilherme|Camila|Vinícius|Letícia|Matheus|Gabriela",
        "Souza|Lima|Carvalho|Almeida|Ribeiro|Barbosa|Araújo|Nascimento|Cavalcanti")]),
    ("it", "Europe", "gf", [(
        "Giulia|Marco|Chiara|Alessandro|Francesca|Matteo|Sofia|Lorenzo|Elena|Giuseppe",
        "Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Di Stefano|D'Angelo|De Luca|Ricci")]),
    ("el", "Europe", "gf", [
        ("Dimitrios|Georgios|Konstantinos|Nikolaos|Panagiotis", "Papadopoulos|Georgiou|Nikolaidis|Karagiannis|Oikonomou"),
        ("Eleni|Katerina|Ioanna|Vasiliki|Despoina", "Papadopoulou|Georgiou|Nikolaidou|Karagianni|Oikonomou")]),
    ("pl", "Europe", "gf", [
        ("Piotr|Krzysztof|Tomasz|Paweł|Łukasz|Michał", "Kowalski|Nowak|Wiśniewski|Wójcik|Zieliński|Szymański"),
        ("Agnieszka|Katarzyna|Małgorzata|Joanna|Zofia|Weronika", "Kowalska|Nowak|Wiśniewska|Wójcik|Zielińska|Szymańska")]),
    ("cs", "Europe", "gf", [
        ("Jiří|Petr|Tomáš|Ondřej|Vojtěch", "Novák|Dvořák|Černý|Procházka|Kučera"),
        ("Jana|Lucie|Tereza|Kateřina|Markéta", "Nováková|Dvořáková|Černá|Procházková|Kučerová")]),
    ("hu", "Europe", "fg", [(
        "Bence|Zsófia|Levente|Réka|Ádám|Eszter|Gergely|Csilla|Balázs|Noémi",
        "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Fekete-Tóth")]),
    ("ro", "Europe", "gf", [(
        "Andrei|Ioana|Mihai|Cristian|Alexandra|Bogdan|Ionuț|Raluca|Ștefan|Oana",
        "Popescu|Ionescu|Dumitrescu|Stănescu|Constantinescu|Munteanu|Țurcanu|Moldovan")]),
    ("hr_sr", "Europe", "gf", [(
        "Luka|Ivana|Marko|Jelena|Nikola|Dragana|Stjepan|Milica",
        "Horvat|Kovačević|Babić|Marić|Jovanović|Petrović|Đorđević|Nikolić")]),
    ("sv", "Europe", "gf", [(
        "Erik|Astrid|Lars|Ingrid|Oskar|Elsa|Björn|Maja|Gustav|Linnéa",
        "Andersson|Johansson|Lindqvist|Bergström|Sjöberg|Nyström|Åkesson|Lundgren")]),
    ("no", "Europe", "gf", [(
        "Håkon|Sindre|Sigrid|Øystein|Kari|Eirik|Solveig|Tormod",
        "Hansen|Olsen|Haugen|Bakke|Solberg|Strand|Nordahl|Kvåle")]),
    ("da", "Europe", "gf", [(
        "Mads|Freja|Søren|Mette|Rasmus|Ida|Jesper|Sofie",
        "Nielsen|Jensen|Pedersen|Christensen|Sørensen|Rasmussen|Kjær|Mølgaard")]),
    ("fi", "Europe", "gf", [(
        "Aino|Juha|Eeva|Mikko|Satu|Ville|Päivi|Jari|Sanna|Tuomas",
        "Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Laine|Heikkinen|Järvinen")]),
    ("is", "Europe", "gf", [
        ("Guðmundur|Sigurður|Jón|Einar|Ólafur", "Guðmundsson|Sigurðsson|Jónsson|Einarsson|Ólafsson"),
        ("Guðrún|Sigríður|Kristín|Þóra|Hildur", "Guðmundsdóttir|Sigurðardóttir|Jónsdóttir|Einarsdóttir|Ólafsdóttir")]),
    ("baltic", "Europe", "gf", [
        ("Mantas|Darius|Andris|Jānis|Kęstutis", "Kazlauskas|Petrauskas|Jankauskas|Bērziņš|Ozoliņš"),
        ("Rūta|Aistė|Ieva|Līga|Inese", "Kazlauskienė|Petrauskaitė|Jankauskienė|Bērziņa|Ozoliņa")]),
    ("ru", "Europe/Central Asia", "gf", [
        ("Dmitry|Sergei|Alexei|Nikolai|Mikhail", "Ivanov|Smirnov|Kuznetsov|Popov|Sokolov"),
        ("Natalia|Ekaterina|Olga|Svetlana|Anastasia", "Ivanova|Smirnova|Kuznetsova|Popova|Sokolova")]),
    ("uk", "Europe", "gf", [(
        "Oleksandr|Oksana|Taras|Iryna|Bohdan|Yulia|Mykola|Kateryna",
        "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchuk|Melnyk|Boyko|Hrytsenko")]),
    ("tr", "Europe/Middle East", "gf", [(
        "Mehmet|Ayşe|Emre|Zeynep|Burak|Elif|Murat|Fatma|Oğuz|Gülşen",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan")]),
    ("ar_gulf", "Middle East", "gf", [(
        "Mohammed|Fatima|Abdullah|Noura|Khalid|Maryam|Saeed|Aisha|Hamad|Latifa",
        "Al-Mansouri|Al-Hashimi|Al-Rashidi|Al-Qasimi|Al-Suwaidi|Al-Farsi|Al-Otaibi|Al-Ghamdi|Al-Shehhi")]),
    ("ar_levant_eg", "Middle East/North Africa", "gf", [(
        "Omar|Yasmin|Karim|Rania|Tarek|Dina|Hossam|Mona|Rami|Lina",
        "El-Sayed|Abdel-Rahman|Mostafa|Haddad|Khoury|Nasser|Hamdan|El-Masry|Saleh")]),
    ("maghreb", "North Africa", "gf", [(
        "Youssef|Khadija|Mehdi|Salma|Amine|Imane|Rachid|Nadia",
        "Benali|Bennani|El Idrissi|Bouazza|Cherkaoui|Haddadi|Belkacem|Aït Ahmed")]),
    ("fa", "Middle East", "gf", [(
        "Reza|Ali|Shirin|Arash|Niloufar|Dariush|Parisa|Kian|Soraya|Mahsa",
        "Hosseini|Rahimi|Karimi|Moradi|Tehrani|Jafari|Sadeghi|Ahmadi|Rostami")]),
    ("he", "Middle East", "gf", [(
        "Noa|Yonatan|Tamar|Itai|Shira|Eitan|Yael|Ariel|Michal|Omri",
        "Cohen|Levi|Mizrahi|Friedman|Biton|Peretz|Ben-David|Avraham|Shapiro")]),
    ("hy", "Caucasus", "gf", [(
        "Armen|Anahit|Tigran|Lusine|Aram|Siranush",
        "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Harutyunyan|Vardanyan")]),
    ("ka", "Caucasus", "gf", [(
        "Giorgi|Nino|Levan|Davit|Mariam|Irakli|Ketevan|Tornike",
        "Beridze|Kapanadze|Gelashvili|Lomidze|Tsiklauri|Maisuradze")]),
    ("yo", "West Africa", "gf", [(
        "Oluwaseun|Adebayo|Folake|Temitope|Olumide|Yetunde|Babatunde|Funmilayo|Ayodele|Bisola",
        "Adeyemi|Ogunleye|Adewale|Olatunji|Bakare|Ogunbanjo|Adeleke|Oyelaran")]),
    ("ig", "West Africa", "gf", [(
        "Chinedu|Ngozi|Emeka|Chiamaka|Obinna|Adaeze|Ikechukwu|Nkechi|Chidi|Ifeoma",
        "Okafor|Eze|Nwosu|Okonkwo|Obi|Nwachukwu|Okeke|Uzoma|Anyanwu")]),
    ("ha", "West Africa", "gf", [(
        "Abubakar|Musa|Hauwa|Ibrahim|Zainab|Sani|Halima|Aminu",
        "Bello|Abdullahi|Danjuma|Garba|Usman|Yakubu|Lawal|Shehu")]),
    ("ak", "West Africa", "gf", [(
        "Kwame|Akosua|Kofi|Ama|Yaw|Abena|Kwabena|Efua|Kojo|Adwoa",
        "Mensah|Boateng|Asante|Owusu|Agyeman|Osei|Acheampong|Darko|Appiah")]),
    ("wo_mande", "West Africa", "gf", [(
        "Aminata|Moussa|Fatoumata|Ousmane|Awa|Mamadou|Mariama|Seydou",
        "Diop|Ndiaye|Traoré|Koné|Diallo|Sow|Keïta|Coulibaly")]),
    ("ke", "East Africa", "gf", [(
        "Wanjiru|Kamau|Achieng|Otieno|Njeri|Wambui|Kiprop|Chebet|Omondi|Auma",
        "Mwangi|Ochieng|Kariuki|Njoroge|Wafula|Kiptoo|Onyango|Mutua|Kimani")]),
    ("et", "East Africa", "gf", [(
        "Abebe|Selam|Dawit|Hiwot|Tesfaye|Meron|Yohannes|Tigist|Bereket|Liya",
        "Bekele|Tadesse|Girma|Haile|Alemu|Mekonnen|Wolde|Assefa|Getachew")]),
    ("so", "East Africa", "gf", [(
        "Abdirahman|Hodan|Mohamed|Faadumo|Ahmed|Ayaan|Hassan|Sahra",
        "Farah|Warsame|Abdi|Jama|Hirsi|Osman|Aden|Yusuf")]),
    ("zu_xh", "Southern Africa", "gf", [(
        "Thabo|Nomvula|Sipho|Lindiwe|Mandla|Zanele|Bongani|Thandeka|Sibusiso|Nokuthula",
        "Dlamini|Nkosi|Ndlovu|Khumalo|Mthembu|Mokoena|Sithole|Ngcobo|Mahlangu")]),
    ("af", "Southern Africa", "gf", [(
        "Pieter|Annelie|Johan|Marike|Riaan|Elmarie|Francois|Liezl",
        "van der Merwe|Botha|du Toit|Pretorius|van Wyk|Coetzee|le Roux|Steyn")]),
    ("hi", "South Asia", "gf", [(
        "Rahul|Priya|Amit|Neha|Vikram|Anjali|Arjun|Pooja|Rohan|Kavita|Siddharth|Deepika",
        "Sharma|Verma|Gupta|Agarwal|Mehta|Srivastava|Chaturvedi|Kapoor|Malhotra|Joshi")]),
    ("ta", "South Asia", "gf", [(
        "Karthik|Lakshmi|Senthil|Meenakshi|Arun|Divya|Murugan|Revathi|Vignesh|Kavya",
        "Subramanian|Krishnan|Ramasamy|Venkatesan|Natarajan|Raghavan|Balasubramaniam|Sundaram")]),
    ("bn", "South Asia", "gf", [(
        "Arnab|Ananya|Sourav|Riya|Debashis|Moumita|Subhajit|Tanushree",
        "Chatterjee|Banerjee|Mukherjee|Bose|Das|Ghosh|Sen|Chakraborty|Bhattacharya")]),
    ("pa", "South Asia", "gf", [
        ("Gurpreet|Harjeet|Manpreet|Navdeep|Amandeep", "Singh|Gill|Sandhu|Dhillon|Grewal"),
        ("Jaspreet|Harpreet|Simran|Manjit|Rupinder", "Kaur|Gill|Sidhu|Brar|Dhillon")]),
    ("ur_pk", "South Asia", "gf", [(
        "Usman|Ayesha|Bilal|Sana|Hamza|Mahnoor|Faisal|Hira|Zeeshan|Amna",
        "Qureshi|Malik|Chaudhry|Butt|Sheikh|Siddiqui|Raza|Hashmi|Abbasi")]),
    ("si", "South Asia", "gf", [(
        "Nuwan|Dilini|Chaminda|Sanduni|Kasun|Tharushi|Lahiru|Nadeesha",
        "Perera|Fernando|Wickramasinghe|Jayasuriya|Bandara|Gunawardena|Dissanayake|Senanayake")]),
    ("ne", "South Asia", "gf", [(
        "Bishal|Sabina|Anisha|Prakash|Sunita|Ramesh|Pratima|Sujan",
        "Shrestha|Gurung|Tamang|Thapa|Adhikari|Rai|Magar|Karki")]),
    ("zh", "East Asia", "fg", [(
        "Wei|Fang|Hao|Jing|Lei|Ying|Min|Xiaoming|Lihua|Zhiwei|Yuxuan|Jiayi",
        "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Wu|Xu|Sun")]),
    ("yue_tw", "East Asia", "fg", [(
        "Ka-Wai|Siu-Ming|Wing-Yan|Chi-Keung|Hoi-Ling|Mei-Ling|Chia-Hao|Yu-Ting",
        "Chan|Wong|Leung|Cheung|Lau|Tsai|Lin|Kwok")]),
    ("ja", "East Asia", "mix", [(
        "Haruto|Yui|Sota|Aoi|Ren|Hina|Takumi|Sakura|Kenji|Yuki|Daisuke|Misaki",
        "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Saitō|Matsumoto|Inoue")]),
    ("ko", "East Asia", "fg", [(
        "Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yun|Ji-woo|Joon-ho|Soo-ah|Hyun-woo|Eun-ji",
        "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim")]),
    ("mn", "East/Central Asia", "gf", [(
        "Bat-Erdene|Oyunchimeg|Ganbaatar|Sarangerel|Temuulen|Enkhjargal",
        "Bold|Dorj|Batbayar|Tsogt|Ganzorig|Erdenebat")]),
    ("vi", "South-East Asia", "fg", [(
        "Văn Minh|Thị Lan|Quốc Bảo|Ngọc Anh|Đức Huy|Thanh Hương|Hoàng Nam|Thu Trang|Gia Huy|Mai Linh",
        "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng|Bùi")]),
    ("tl", "South-East Asia", "gf", [(
        "Jericho|Maricel|Rodel|Kristine|Jomar|Analyn|Mark Anthony|Reynaldo|Rowena|Jhun",
        "dela Cruz|Reyes|Bautista|Villanueva|Mendoza|Castillo|Ramos|Macaraeg|Dimaculangan")]),
    ("id", "South-East Asia", "gf", [(
        "Budi|Siti|Agus|Dewi|Eko|Rina|Hendra|Putri|Wahyu|Indah",
        "Santoso|Wijaya|Saputra|Hidayat|Kusuma|Pratama|Nugroho|Setiawan|Halim")]),
    ("ms", "South-East Asia", "gf", [
        ("Ahmad|Muhammad Faiz|Hafiz|Amirul|Azlan", "bin Abdullah|bin Hassan|bin Osman|bin Ibrahim"),
        ("Nurul Huda|Siti Aishah|Nur Izzati|Aminah|Farhana", "binti Ismail|binti Yusof|binti Rahman|binti Ahmad")]),
    ("th", "South-East Asia", "gf", [(
        "Somchai|Siriporn|Anan|Kanya|Prasert|Malee|Wichai|Ratana",
        "Srisuk|Charoenkul|Wongsawat|Rattanakorn|Thongchai|Phromma|Saetang|Boonmee")]),
    ("kk_uz", "Central Asia", "gf", [
        ("Nurlan|Yerlan|Timur|Bakhtiyor|Rustam", "Nurlanov|Abenov|Karimov|Rakhimov|Tursunov"),
        ("Aigerim|Dilnoza|Gulnara|Madina|Zarina", "Nurlanova|Abenova|Karimova|Rakhimova|Tursunova")]),
    ("es_mx", "Americas", "gf", [(
        "Guadalupe|Ximena|Itzel|Emiliano|Citlali|Rodrigo|Fernanda|Joaquín|Xóchitl|Cuauhtémoc",
        "Hernández|González|Ramírez|de la Garza|Cervantes|Villaseñor|Gutiérrez|Treviño|Zúñiga")]),
    ("es_ar_cl", "Americas", "gf", [(
        "Agustina|Facundo|Valentina|Matías|Florencia|Tomás|Milagros|Nicolás",
        "Gómez|Díaz|Álvarez|Romero|Sosa|Benítez|Acosta|Medina")]),
    ("andean", "Americas", "gf", [(
        "Wayra|Inti|Killa|Nina|Amaru|Yessenia|Edwin|Rosmery",
        "Quispe|Mamani|Huamán|Condori|Yupanqui|Choque|Apaza")]),
    ("ht", "Americas", "gf", [(
        "Widline|Fritznel|Nadège|Wesner|Guerline|Jocelyn|Rodeline|Kervens",
        "Joseph|Pierre|Jean-Baptiste|Désir|Estimé|Louissaint|Saint-Fleur")]),
    ("en_us_aa", "Americas", "gf", [(
        "DeShawn|Aaliyah|Jamal|Imani|Darnell|Keisha|Tyrone|Latoya|Marquis|Ebony",
        "Washington|Jefferson|Robinson|Jackson|Banks|Coleman|Freeman|Booker")]),
    ("pacific", "Pacific", "gf", [(
        "Sione|Malia|Tavita|Losa|Semisi|Salote|Viliami|Mele|Litia|Tevita",
        "Tuilagi|Faleolo|Leota|Sapolu|Vunipola|Tupou|Fifita|Taufa|Naivalu")]),
    ("mi_haw", "Pacific", "gf", [(
        "Aroha|Tama|Mere|Wiremu|Hemi|Ngaire|Kalani|Keoni|Noelani|Makana",
        "Ngata|Te Whiu|Parata|Horomona|Te Rangi|Kahale|Kealoha|Akana|Kamakau")]),
]

SCRIPT_PAIRS = [
    ("ja", "太郎", "山田", "Taro", "Yamada", "fg", " "), ("ja", "花子", "佐藤", "Hanako", "Sato", "fg", ""),
    ("ja", "健太", "鈴木", "Kenta", "Suzuki", "fg", " "), ("ja", "美咲", "高橋", "Misaki", "Takahashi", "fg", ""),
    ("zh", "伟", "王", "Wei", "Wang", "fg", ""), ("zh", "娜", "李", "Na", "Li", "fg", ""),
    ("zh", "敏", "张", "Min", "Zhang", "fg", ""), ("zh", "志强", "陈", "Zhiqiang", "Chen", "fg", ""),
    ("zh", "洋", "刘", "Yang", "Liu", "fg", ""), ("zh_tw", "怡君", "林", "Yi-Chun", "Lin", "fg", ""),
    ("zh_tw", "冠宇", "黃", "Kuan-Yu", "Huang", "fg", ""), ("ko", "민준", "김", "Minjun", "Kim", "fg", ""),
    ("ko", "서연", "이", "Seoyeon", "Lee", "fg", ""), ("ko", "지호", "박", "Jiho", "Park", "fg", ""),
    ("ru", "Иван", "Петров", "Ivan", "Petrov", "gf", " "), ("ru", "Анна", "Смирнова", "Anna", "Smirnova", "gf", " "),
    ("ru", "Дмитрий", "Волков", "Dmitry", "Volkov", "gf", " "), ("uk", "Олена", "Коваленко", "Olena", "Kovalenko", "gf", " "),
    ("uk", "Тарас", "Шевчук", "Taras", "Shevchuk", "gf", " "), ("bg", "Георги", "Иванов", "Georgi", "Ivanov", "gf", " "),
    ("sr", "Милош", "Јовановић", "Milos", "Jovanovic", "gf", " "),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "gf", " "),
    ("el", "Ελένη", "Γεωργίου", "Eleni", "Georgiou", "gf", " "),
    ("ar", "محمد", "الأحمد", "Mohammed", "Alahmad", "gf", " "), ("ar", "ليلى", "حداد", "Layla", "Haddad", "gf", " "),
    ("ar", "عمر", "الخطيب", "Omar", "Alkhatib", "gf", " "), ("fa", "رضا", "حسینی", "Reza", "Hosseini", "gf", " "),
    ("fa", "شیرین", "رحیمی", "Shirin", "Rahimi", "gf", " "), ("he", "נועה", "כהן", "Noa", "Cohen", "gf", " "),
    ("he", "יונתן", "לוי", "Yonatan", "Levi", "gf", " "), ("hi", "राहुल", "शर्मा", "Rahul", "Sharma", "gf", " "),
    ("hi", "प्रिया", "वर्मा", "Priya", "Verma", "gf", " "),
    ("bn", "অর্ণব", "চট্টোপাধ্যায়", "Arnab", "Chattopadhyay", "gf", " "),
    ("ta", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", "gf", " "),
    ("te", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", "gf", " "), ("gu", "હાર્દિક", "પટેલ", "Hardik", "Patel", "gf", " "),
    ("pa", "ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Gurpreet", "Singh", "gf", " "), ("th", "สมชาย", "ศรีสุข", "Somchai", "Srisuk", "gf", " "),
    ("ka", "გიორგი", "ბერიძე", "Giorgi", "Beridze", "gf", " "), ("hy", "Արմեն", "Պետրոսյան", "Armen", "Petrosyan", "gf", " "),
    ("am", "አበበ", "በቀለ", "Abebe", "Bekele", "gf", " "), ("kk", "Айгерім", "Нұрланова", "Aigerim", "Nurlanova", "gf", " "),
    ("ur", "عمران", "قریشی", "Imran", "Qureshi", "gf", " "), ("si", "නුවන්", "පෙරේරා", "Nuwan", "Perera", "gf", " "),
]

# Words that are part of a surname but are no name word on their own (left out of the leak check).
PARTICLES = {"van", "der", "den", "de", "la", "del", "da", "dos", "das", "do", "du", "von", "zu", "bin", "binti",
             "bint", "ibn", "al", "el", "ben", "le", "ter", "ten", "ap", "mac", "mc", "o", "ó", "ní", "d", "y",
             "i", "e", "te", "dela", "aït", "ait", "saint", "st"}

# ---- hard-negative material (no person) ----
SERVICE_ACCOUNTS = ["svc_backup", "svc-jenkins", "sa_reporting", "svc.intune-sync", "ci-deployer", "buildagent",
                    "gitlab-runner", "veeam_svc", "bacula", "ansible", "terraform", "deploy", "renovate-bot",
                    "backup-operator", "mdm-enroll", "scanner01", "svc_sccm", "sql_agent", "app-payments-prod",
                    "healthcheck", "monitoring", "nagios", "svc-okapi", "automation", "integration-user"]
SYSTEM_ACCOUNTS = ["SYSTEM", "NT AUTHORITY\\SYSTEM", "LOCAL SERVICE", "NETWORK SERVICE", "root", "admin",
                   "Administrator", "krbtgt", "daemon", "nobody", "www-data", "WS-0412$", "BLD-AGENT-07$"]
PRODUCTS_LIKE_PEOPLE = ["Jenkins", "Hudson", "Cassandra", "Alexa", "Siri", "Cortana", "Ada", "Grace", "Julia",
                        "Jarvis", "Ruby", "Pearl", "Clara", "Nova", "Luna", "Athena", "Apollo", "Hermes",
                        "Marvin", "Watson", "Gerrit", "Hugo", "Otto", "Bruno", "Florence", "Ophelia", "Zelda",
                        "Oscar", "Sophia", "Phoenix", "Juno", "Atlas", "Iris", "Felix", "Max", "Jasper", "Bea"]
ROOMS_LIKE_PEOPLE = ["Ada Lovelace Room", "Grace Hopper Lab", "Turing Suite", "Curie Meeting Room",
                     "Hedy Lamarr Boardroom", "Marie Curie 3F", "Tesla Room", "Einstein Hall", "Nobel Lounge"]
COMPANIES = ["Morgan Stanley", "Johnson Controls", "Dell Technologies", "Ernst & Young", "Siemens Healthineers",
             "Schneider Electric", "McKinsey & Company", "Porsche AG", "Bosch Rexroth", "Fischer Logistik GmbH",
             "Tanaka Kikinzoku", "Barclays", "Lloyds Banking Group", "Wells Fargo", "Ford Motor Company",
             "Dyson Ltd", "Hoffmann Group", "Kowalski Transport Sp. z o.o.", "Okafor & Sons Ltd",
             "Nakamura Seiki K.K.", "Van Leeuwen Buizen", "Dupont de Nemours", "García Hermanos S.L."]
PLACES_LIKE_NAMES = ["Victoria", "Madison", "Austin", "Charlotte", "Florence", "Georgia", "Jordan", "Sydney",
                     "Eugene", "Santiago", "Adelaide", "Regina", "Alexandria", "Lourdes", "Chelsea", "Savannah",
                     "Beatrice", "Marion", "Elizabeth", "Douglas", "Kingston", "Hamilton", "Lincoln", "Darwin"]
CODENAMES = ["Project Phoenix", "Operation Matilda", "Project Lazarus", "Orion", "Project Jupiter", "Falcon",
             "Bluebird", "Project Amelia", "Odin", "Nimbus", "Project Kestrel", "Hermes Gateway"]
STATUS_UI = ["Pending Approval", "Sign-In Successful", "Access Denied", "Not Started", "In Progress", "Resolved",
             "Waiting for Customer", "Compliant", "Not Compliant", "Grace Period", "Last Check-In", "Primary User",
             "Device Name", "Password Reset Required", "Account Locked", "Awaiting Review", "Ready to Merge",
             "Backup Completed", "Partially Succeeded", "Under Investigation", "False Positive", "Mitigated"]
UI_OTHER_LANG = ["Anmeldung erfolgreich", "Sauvegarde terminée avec succès", "Copia de seguridad completada",
                 "バックアップが完了しました", "Резервное копирование завершено", "Aprovação pendente",
                 "Accesso negato", "Synchronisatie voltooid", "Zgodny z zasadami", "Uwierzytelnianie nie powiodło się",
                 "登录成功", "로그인 실패", "Εκκρεμεί έγκριση", "تم تسجيل الدخول بنجاح", "Kimlik doğrulama başarısız",
                 "Päivitys valmis", "Säkerhetskopiering slutförd", "Zálohování dokončeno", "अनुमोदन लंबित"]
