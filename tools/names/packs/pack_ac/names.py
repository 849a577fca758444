"""Hand-written person-name lists for pack_ac (urban mobility).

Written for this pack from general knowledge of naming customs; no name package, census file or other
list was used or copied. Each tradition gives a country (for phone numbers), the display order, given names
(m/f) and surnames, and how a surname changes for a woman where it does.

`python names.py` prints the figures quoted in the README.
"""

from __future__ import annotations

# order: "gf" = given family, "fg" = family given (native order)
# sfx: a rule for the feminine surname form: "pl" (-ski/-ska, -cki/-cka), "cz" (-ová), "ru" (-ov/-ova,
# -in/-ina, -sky/-skaya), "gr" (-os/-ou, -is/-i), "lt" (-as/-ienė), "is" (patronymic) or None.
TRADITIONS: dict[str, dict] = {
    "en_us": {
        "cc": "US", "order": "gf", "sfx": None,
        "m": ["James", "Michael", "DeShawn", "Tyler", "Brandon", "Hunter", "Chase", "Mason", "Wyatt", "Jamal",
              "Cody", "Dustin", "Travis", "Marcus", "Andre", "Kyle", "Bryce", "Colton", "Will", "Grant"],
        "f": ["Jennifer", "Ashley", "Brittany", "Kayla", "Shaniqua", "Madison", "Brooke", "Destiny", "Hope",
              "Summer", "Dawn", "Faith", "Autumn", "Kimberly", "Tiffany", "Latoya", "Heather", "Amber", "Joy"],
        "fam": ["Johnson", "Williams", "Jackson", "Harris", "Robinson", "Coleman", "Jenkins", "Washington",
                "Bell", "Hunter", "Page", "Rose", "Young", "Fox", "Black", "Dunlap", "Sorensen", "Kowalczyk",
                "Hollister", "Pruitt", "Whitfield", "Oyelaran", "Nguyen-Baker", "McAllister"],
    },
    "en_gb": {
        "cc": "GB", "order": "gf", "sfx": None,
        "m": ["Oliver", "Harry", "Alfie", "Callum", "Rhys", "Jack", "Nathan", "Ewan", "Gareth", "Liam", "Rory",
              "Owen", "Miles", "Frank"],
        "f": ["Amelia", "Chloe", "Niamh", "Siobhan", "Bethan", "Poppy", "Imogen", "Kirsty", "Lauren", "Fern",
              "Holly", "Gemma", "Rosie", "Hazel"],
        "fam": ["Thompson", "Evans", "Hughes", "Pritchard", "Ashworth", "Cartwright", "Bannerjee", "Sutcliffe",
                "Pennington", "Fairbairn", "Holloway", "Cook", "Baker", "Kaur-Bassi", "Bird", "Wolfe",
                "Featherstone", "Llewellyn"],
    },
    "ga_ie": {
        "cc": "IE", "order": "gf", "sfx": None,
        "m": ["Cian", "Oisín", "Darragh", "Seán", "Pádraig", "Ciarán", "Eoin", "Tadhg"],
        "f": ["Aoife", "Saoirse", "Caoimhe", "Róisín", "Clodagh", "Aisling", "Orla", "Gráinne"],
        "fam": ["O'Sullivan", "O'Brien", "Ó Conaill", "MacCarthy", "McGrath", "Fitzgerald", "Ní Bhriain",
                "Kavanagh", "Doherty", "Mac Giolla Phádraig"],
    },
    "de": {
        "cc": "DE", "order": "gf", "sfx": None,
        "m": ["Jonas", "Lukas", "Maximilian", "Klaus-Peter", "Jürgen", "Tobias", "Florian", "Dieter", "Björn",
              "Hans-Jörg", "Timo", "Matthias", "Kai"],
        "f": ["Anja", "Sabine", "Leonie", "Jana", "Hannelore", "Ute", "Franziska", "Annegret", "Svenja",
              "Marie-Luise", "Katrin", "Mareike"],
        "fam": ["Müller", "Schäfer", "Weißhaupt", "Köhler", "Braun", "Hoffmann", "Brückner", "von Hagen",
                "zu Solms", "Dreßler", "Oberdörfer", "Kießling", "Lindqvist-Auer", "Yıldırım", "Pfeiffer"],
    },
    "nl": {
        "cc": "NL", "order": "gf", "sfx": None,
        "m": ["Daan", "Sem", "Joost", "Pieter", "Bram", "Thijs", "Ruud", "Maarten", "Sjoerd"],
        "f": ["Sanne", "Femke", "Lotte", "Marieke", "Anouk", "Ilse", "Noor", "Eline"],
        "fam": ["de Vries", "van der Berg", "van Dijk", "Bakker", "Jansen", "ter Horst", "van 't Hof",
                "Visser", "Smits", "de Groot", "van den Broek", "Mulder", "Hoekstra"],
    },
    "fr": {
        "cc": "FR", "order": "gf", "sfx": None,
        "m": ["Théo", "Mathis", "Jean-Baptiste", "Guillaume", "Étienne", "Yannick", "Cédric", "Loïc", "Hugo",
              "Baptiste", "Rémi"],
        "f": ["Camille", "Manon", "Océane", "Anne-Sophie", "Mathilde", "Clémence", "Élodie", "Solène",
              "Gaëlle", "Margaux"],
        "fam": ["Lefèvre", "Moreau", "Girard", "Dubois", "du Pont", "de La Rochelle-Vidal", "Le Goff",
                "d'Arnaud", "Chevalier", "Rousseau", "Benali", "Nguyen", "Fournier", "Le Bihan"],
    },
    "es": {
        "cc": "ES", "order": "gf", "sfx": None, "double": True,
        "m": ["Javier", "Alejandro", "Íñigo", "Sergio", "Pau", "Álvaro", "Jordi", "Rubén", "José Luis",
              "Xabier"],
        "f": ["Lucía", "Nerea", "Ainhoa", "María José", "Itziar", "Rocío", "Montserrat", "Alba", "Paloma"],
        "fam": ["García", "Fernández", "Martínez", "López", "Sánchez", "Ortuño", "de la Fuente", "Iglesias",
                "Etxeberria", "Muñoz", "Castillo", "Ruiz", "Peñalver", "Vidal"],
    },
    "es_mx": {
        "cc": "MX", "order": "gf", "sfx": None, "double": True,
        "m": ["Juan Carlos", "Luis Ángel", "Óscar", "Jesús", "Emiliano", "Ulises", "Raúl", "Marco Antonio"],
        "f": ["Guadalupe", "Ximena", "Fernanda", "Yesenia", "Citlali", "Dulce María", "Itzel", "Araceli"],
        "fam": ["Hernández", "Ramírez", "Cervantes", "Zúñiga", "Villaseñor", "Quintero", "de los Santos",
                "Cuauhtli", "Orozco", "Ibarra", "Téllez", "Maldonado"],
    },
    "pt_br": {
        "cc": "BR", "order": "gf", "sfx": None,
        "m": ["João Pedro", "Thiago", "Luiz Fernando", "Rafael", "Caio", "Gustavo", "Wellington", "Anderson",
              "Vinícius", "Cauã"],
        "f": ["Ana Clara", "Beatriz", "Larissa", "Thaís", "Jéssica", "Gabriela", "Letícia", "Raíssa",
              "Francisca", "Vitória"],
        "fam": ["Silva", "Santos", "Oliveira", "da Costa", "dos Santos", "Pereira", "Rodrigues", "Araújo",
                "Magalhães", "Conceição", "de Souza", "Nascimento", "Gonçalves"],
    },
    "it": {
        "cc": "IT", "order": "gf", "sfx": None,
        "m": ["Giuseppe", "Lorenzo", "Matteo", "Gianluca", "Niccolò", "Pierpaolo", "Salvatore", "Davide",
              "Andrea"],
        "f": ["Giulia", "Chiara", "Francesca", "Martina", "Federica", "Ilaria", "Benedetta", "Noemi"],
        "fam": ["Rossi", "Esposito", "Bianchi", "Colombo", "De Luca", "Di Stefano", "Lo Russo", "Ferraro",
                "D'Angelo", "Greco", "Mancini", "La Torre", "Caruso"],
    },
    "pl": {
        "cc": "PL", "order": "gf", "sfx": "pl",
        "m": ["Paweł", "Krzysztof", "Łukasz", "Grzegorz", "Michał", "Tomasz", "Wojciech", "Jakub", "Przemysław"],
        "f": ["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Weronika", "Dorota", "Bożena"],
        "fam": ["Kowalski", "Wiśniewski", "Zieliński", "Lewandowski", "Nowak", "Wójcik", "Kamiński",
                "Dąbrowski", "Szymański", "Kaczmarek", "Jabłoński", "Grabowski", "Wrzesiński"],
    },
    "cs": {
        "cc": "CZ", "order": "gf", "sfx": "cz",
        "m": ["Jiří", "Tomáš", "Ondřej", "Vojtěch", "Lukáš", "Radek", "Miroslav"],
        "f": ["Tereza", "Lucie", "Kateřina", "Markéta", "Veronika", "Zuzana", "Eliška"],
        "fam": ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec"],
    },
    "ru": {
        "cc": "RU", "order": "gf", "sfx": "ru",
        "m": ["Dmitry", "Aleksandr", "Sergei", "Nikolai", "Artyom", "Vladislav", "Yevgeny", "Maksim"],
        "f": ["Natalya", "Yekaterina", "Svetlana", "Anastasia", "Olga", "Darya", "Ksenia", "Yulia"],
        "fam": ["Ivanov", "Smirnov", "Kuznetsov", "Volkov", "Sokolov", "Lebedev", "Morozov", "Zaitsev",
                "Belinsky", "Fedorin"],
    },
    "uk": {
        "cc": "UA", "order": "gf", "sfx": None,
        "m": ["Oleksandr", "Taras", "Bohdan", "Andriy", "Yaroslav", "Mykola", "Vasyl"],
        "f": ["Oksana", "Olena", "Iryna", "Halyna", "Solomiya", "Khrystyna", "Nadiya"],
        "fam": ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachuk", "Melnyk", "Kravchuk", "Hrytsenko",
                "Lysenko", "Savchuk"],
    },
    "gr": {
        "cc": "GR", "order": "gf", "sfx": "gr",
        "m": ["Giorgos", "Dimitrios", "Konstantinos", "Nikos", "Vasilis", "Panagiotis", "Stavros"],
        "f": ["Eleni", "Katerina", "Maria", "Dimitra", "Sofia", "Vasiliki", "Eirini"],
        "fam": ["Papadopoulos", "Georgiou", "Nikolaidis", "Pappas", "Konstantinidis", "Alexiou", "Karagiannis",
                "Vlachos", "Economou"],
    },
    "tr": {
        "cc": "TR", "order": "gf", "sfx": None,
        "m": ["Mehmet", "Mustafa", "Emre", "Burak", "Oğuz", "Çağlar", "Hüseyin", "Serkan", "İbrahim"],
        "f": ["Ayşe", "Zeynep", "Elif", "Büşra", "Gülşen", "Şeyma", "Özlem", "Derya", "İlayda"],
        "fam": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
                "Güneş"],
    },
    "sv": {
        "cc": "SE", "order": "gf", "sfx": None,
        "m": ["Anders", "Johan", "Björn", "Oskar", "Gustaf", "Henrik", "Nils", "Sven-Erik"],
        "f": ["Ingrid", "Linnéa", "Astrid", "Maja", "Elsa", "Karin", "Sigrid", "Åsa"],
        "fam": ["Andersson", "Johansson", "Lindqvist", "Bergström", "Sjöberg", "Åkesson", "Nyström",
                "Holmgren", "Ekdahl"],
    },
    "is": {
        "cc": "IS", "order": "gf", "sfx": "is",
        "m": ["Guðmundur", "Sigurður", "Jón", "Einar", "Ólafur", "Kristján", "Þórður"],
        "f": ["Guðrún", "Sigríður", "Kristín", "Helga", "Þórunn", "Ásdís"],
        "fam": ["Guðmund", "Sigurð", "Jón", "Einar", "Ólaf", "Kristján", "Magnús", "Stefán", "Hall"],
    },
    "hu": {
        "cc": "HU", "order": "fg", "sfx": None,
        "m": ["László", "Zoltán", "Gábor", "Attila", "Bence", "Levente", "Csaba"],
        "f": ["Zsófia", "Katalin", "Eszter", "Réka", "Anikó", "Boglárka", "Ildikó"],
        "fam": ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"],
    },
    "ro": {
        "cc": "RO", "order": "gf", "sfx": None,
        "m": ["Andrei", "Mihai", "Ionuț", "Răzvan", "Cătălin", "Bogdan", "Vlad"],
        "f": ["Ioana", "Andreea", "Mădălina", "Roxana", "Alexandra", "Bianca", "Ștefania"],
        "fam": ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Constantinescu", "Munteanu", "Țurcanu", "Lungu"],
    },
    "ar": {
        "cc": "EG", "order": "gf", "sfx": None,
        "m": ["Mohamed", "Ahmed", "Youssef", "Omar", "Karim", "Tarek", "Mahmoud", "Hossam"],
        "f": ["Fatma", "Nour", "Yasmin", "Mariam", "Heba", "Salma", "Dina", "Aya"],
        "fam": ["El-Sayed", "Abdel Rahman", "Mansour", "Al-Masri", "Fahmy", "Hassan", "Abou Zeid", "Khalil",
                "El Shazly", "Ben Youssef"],
    },
    "ma": {
        "cc": "MA", "order": "gf", "sfx": None,
        "m": ["Hamza", "Anass", "Mehdi", "Yassine", "Soufiane", "Rachid"],
        "f": ["Khadija", "Meryem", "Imane", "Houda", "Zineb", "Sanaa"],
        "fam": ["Benjelloun", "El Amrani", "Bennani", "Tazi", "Alaoui", "Chraibi", "Ouazzani", "Berrada"],
    },
    "fa": {
        "cc": "IR", "order": "gf", "sfx": None,
        "m": ["Reza", "Mehdi", "Arash", "Kourosh", "Babak", "Farhad"],
        "f": ["Shirin", "Parisa", "Niloufar", "Maryam", "Leila", "Azadeh"],
        "fam": ["Hosseini", "Rahimi", "Tehrani", "Karimi", "Ahmadi", "Moradi", "Jafari"],
    },
    "he": {
        "cc": "IL", "order": "gf", "sfx": None,
        "m": ["Yossi", "Itai", "Noam", "Eitan", "Amit", "Oren"],
        "f": ["Noa", "Tamar", "Shira", "Yael", "Michal", "Ronit"],
        "fam": ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Avraham", "Ben-David"],
    },
    "hi": {
        "cc": "IN", "order": "gf", "sfx": None,
        "m": ["Rahul", "Amit", "Suresh", "Vikram", "Arjun", "Rohan", "Pradeep", "Sanjay", "Aniket", "Harpreet"],
        "f": ["Priya", "Anjali", "Sunita", "Deepika", "Kavya", "Pooja", "Neha", "Lakshmi", "Shreya", "Simran"],
        "fam": ["Sharma", "Patel", "Reddy", "Iyer", "Nair", "Chatterjee", "Gupta", "Deshpande", "Singh",
                "Venkataraman", "Mukherjee", "Kulkarni", "Bhattacharya", "Sandhu"],
    },
    "ta": {
        "cc": "IN", "order": "gf", "sfx": None,
        "m": ["Karthik", "Senthil", "Murugan", "Balaji", "Saravanan"],
        "f": ["Meenakshi", "Kalaivani", "Anitha", "Divya", "Thenmozhi"],
        "fam": ["Subramanian", "Ramasamy", "Krishnan", "Annamalai", "Palaniappan", "Selvaraj"],
    },
    "pk": {
        "cc": "PK", "order": "gf", "sfx": None,
        "m": ["Bilal", "Usman", "Imran", "Faisal", "Hamid", "Zeeshan"],
        "f": ["Ayesha", "Sana", "Hira", "Mehwish", "Rabia", "Zainab"],
        "fam": ["Qureshi", "Chaudhry", "Malik", "Butt", "Siddiqui", "Awan", "Raza"],
    },
    "bn": {
        "cc": "BD", "order": "gf", "sfx": None,
        "m": ["Tanvir", "Rafiq", "Sabbir", "Arif", "Mahfuz"],
        "f": ["Nusrat", "Farzana", "Sharmin", "Tahmina", "Rumana"],
        "fam": ["Hossain", "Rahman", "Chowdhury", "Islam", "Akter", "Talukder"],
    },
    "zh": {
        "cc": "CN", "order": "fg", "sfx": None,
        "m": ["Wei", "Jian", "Hao", "Zhiqiang", "Yiming", "Junjie", "Tao", "Xiaolong"],
        "f": ["Xiaomei", "Li Na", "Yuting", "Jing", "Xinyi", "Fang", "Mengyao", "Shu"],
        "fam": ["Wang", "Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Xu", "Sun", "Ma", "Guo", "He"],
    },
    "yue": {
        "cc": "HK", "order": "fg", "sfx": None,
        "m": ["Ka-Ho", "Chun-Kit", "Wing-Yip", "Siu-Ming"],
        "f": ["Mei-Ling", "Wai-Man", "Hoi-Yan", "Suk-Yee"],
        "fam": ["Chan", "Wong", "Leung", "Cheung", "Lau", "Tsang", "Ng", "Yip"],
    },
    "ja": {
        "cc": "JP", "order": "fg", "sfx": None,
        "m": ["Hiroshi", "Takumi", "Kenta", "Yuto", "Daisuke", "Shota", "Ryota", "Kazuki"],
        "f": ["Yui", "Haruka", "Aoi", "Misaki", "Sakura", "Nanami", "Ayaka", "Rin"],
        "fam": ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Saitō",
                "Matsumoto", "Inoue", "Kimura"],
    },
    "ko": {
        "cc": "KR", "order": "fg", "sfx": None,
        "m": ["Min-jun", "Seo-jun", "Ji-hoon", "Dong-hyun", "Jae-won", "Sung-min"],
        "f": ["Ji-woo", "Seo-yeon", "Ha-eun", "Min-seo", "Yu-na", "Soo-ah"],
        "fam": ["Kim", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"],
    },
    "vi": {
        "cc": "VN", "order": "fg", "sfx": None,
        "m": ["Văn Minh", "Quốc Bảo", "Đức Anh", "Hoàng Long", "Tuấn"],
        "f": ["Thị Lan", "Ngọc Ánh", "Thu Hà", "Bích Ngọc", "Mai Anh"],
        "fam": ["Nguyễn", "Trần", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"],
    },
    "th": {
        "cc": "TH", "order": "gf", "sfx": None,
        "m": ["Somchai", "Anucha", "Thanawat", "Kittisak", "Prasert"],
        "f": ["Siriporn", "Nattaya", "Kanokwan", "Pimchanok", "Wanida"],
        "fam": ["Srisuk", "Chaiyaporn", "Wongsakul", "Rattanakorn", "Boonmee", "Phromma"],
    },
    "id": {
        "cc": "ID", "order": "gf", "sfx": None,
        "m": ["Budi", "Agus", "Eko", "Rizky", "Dimas", "Hendra", "Bayu"],
        "f": ["Siti", "Dewi", "Putri", "Ayu", "Rina", "Wulan", "Indah"],
        "fam": ["Santoso", "Wijaya", "Setiawan", "Kusuma", "Hidayat", "Pratama", "Nugroho", "Saputra"],
    },
    "tl": {
        "cc": "PH", "order": "gf", "sfx": None,
        "m": ["Jhun", "Rommel", "Jericho", "Marvin", "Arnel", "Jomar"],
        "f": ["Maricel", "Rowena", "Jocelyn", "Lorna", "Kristine Joy", "Mylene"],
        "fam": ["dela Cruz", "Santos", "Bautista", "Reyes", "Macaraeg", "Villanueva", "Manalo", "Dimaculangan"],
    },
    "yo": {
        "cc": "NG", "order": "gf", "sfx": None,
        "m": ["Oluwaseun", "Babatunde", "Chukwuemeka", "Emeka", "Tunde", "Ifeanyi", "Segun", "Musa"],
        "f": ["Adaeze", "Folake", "Chiamaka", "Ngozi", "Funmilayo", "Amara", "Yetunde", "Blessing"],
        "fam": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwachukwu", "Adebayo", "Olawale",
                "Abubakar", "Ogunleye"],
    },
    "sw": {
        "cc": "KE", "order": "gf", "sfx": None,
        "m": ["Baraka", "Juma", "Kiprop", "Mwenda", "Wafula", "Kamau"],
        "f": ["Achieng", "Wambui", "Nyokabi", "Zawadi", "Atieno", "Njeri"],
        "fam": ["Mwangi", "Odhiambo", "Kariuki", "Wekesa", "Chebet", "Kiprono", "Mutua", "Njoroge"],
    },
    "am": {
        "cc": "ET", "order": "gf", "sfx": None,
        "m": ["Dawit", "Yohannes", "Tesfaye", "Abebe", "Mulugeta"],
        "f": ["Selam", "Hiwot", "Meron", "Tigist", "Bethlehem"],
        "fam": ["Haile", "Tadesse", "Gebremedhin", "Bekele", "Wolde", "Alemu"],
    },
    "za": {
        "cc": "ZA", "order": "gf", "sfx": None,
        "m": ["Sipho", "Thabo", "Pieter-Jan", "Lwazi", "Johannes", "Mandla"],
        "f": ["Nomvula", "Lerato", "Thandiwe", "Annelie", "Zanele", "Palesa"],
        "fam": ["Dlamini", "Nkosi", "van der Merwe", "Botha", "Mokoena", "Ndlovu", "Khumalo", "du Plessis"],
    },
}

# Rough weights: a big-city ride-hailing and transit clientele.
WEIGHTS: dict[str, int] = {
    "en_us": 14, "en_gb": 7, "ga_ie": 2, "de": 6, "nl": 3, "fr": 5, "es": 4, "es_mx": 4, "pt_br": 4, "it": 3,
    "pl": 3, "cs": 2, "ru": 2, "uk": 2, "gr": 2, "tr": 3, "sv": 2, "is": 1, "hu": 2, "ro": 2, "ar": 3, "ma": 2,
    "fa": 2, "he": 1, "hi": 5, "ta": 2, "pk": 2, "bn": 2, "zh": 4, "yue": 2, "ja": 3, "ko": 3, "vi": 2, "th": 1,
    "id": 2, "tl": 2, "yo": 4, "sw": 2, "am": 1, "za": 2,
}

# Native-script forms: (tradition, sex, native given, native family, romanised given, romanised family).
NATIVE: list[tuple[str, str, str, str, str, str]] = [
    ("ja", "f", "陽菜", "佐藤", "Hina", "Satō"),
    ("ja", "m", "大輔", "山本", "Daisuke", "Yamamoto"),
    ("ja", "f", "美咲", "中村", "Misaki", "Nakamura"),
    ("zh", "m", "伟", "王", "Wei", "Wang"),
    ("zh", "f", "晓梅", "陈", "Xiaomei", "Chen"),
    ("zh", "m", "浩然", "刘", "Haoran", "Liu"),
    ("yue", "f", "美玲", "陳", "Mei-Ling", "Chan"),
    ("ko", "m", "민준", "김", "Min-jun", "Kim"),
    ("ko", "f", "서연", "이", "Seo-yeon", "Lee"),
    ("ru", "m", "Дмитрий", "Волков", "Dmitry", "Volkov"),
    ("ru", "f", "Анастасия", "Соколова", "Anastasia", "Sokolova"),
    ("uk", "f", "Оксана", "Шевченко", "Oksana", "Shevchenko"),
    ("uk", "m", "Тарас", "Мельник", "Taras", "Melnyk"),
    ("gr", "m", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos"),
    ("gr", "f", "Ελένη", "Γεωργίου", "Eleni", "Georgiou"),
    ("ar", "m", "محمد", "منصور", "Mohamed", "Mansour"),
    ("ar", "f", "نور", "حسن", "Nour", "Hassan"),
    ("fa", "f", "شیرین", "رحیمی", "Shirin", "Rahimi"),
    ("he", "f", "נועה", "כהן", "Noa", "Cohen"),
    ("hi", "m", "राहुल", "शर्मा", "Rahul", "Sharma"),
    ("hi", "f", "प्रिया", "पटेल", "Priya", "Patel"),
    ("ta", "m", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian"),
    ("bn", "f", "নুসরাত", "হোসেন", "Nusrat", "Hossain"),
    ("th", "f", "ศิริพร", "ศรีสุข", "Siriporn", "Srisuk"),
    ("am", "m", "ዳዊት", "ኃይሌ", "Dawit", "Haile"),
]

# Unrelated handles (not derived from a name) that still belong to a person.
HANDLES: list[str] = [
    "nightowl_77", "bluefalcon", "kiwi.rider", "zed_commutes", "mango2go", "ghostpedal", "velo_queen",
    "tramfan88", "sk8rboi_91", "pixel_nomad", "latte.runner", "orbit_lane", "quietstorm", "cobalt_cat",
]

PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "d'", "von", "zu", "ter", "'t", "da", "dos", "del",
             "los", "di", "lo", "dela", "al", "el", "ben", "bin", "abou", "abdel", "mac", "ó", "ní", "y",
             "giolla", "ten"}


def _counts() -> tuple[int, int]:
    given: set[str] = set()
    fam: set[str] = set()
    for t in TRADITIONS.values():
        given.update(t["m"])
        given.update(t["f"])
        fam.update(t["fam"])
    for n in NATIVE:
        given.add(n[2])
        fam.add(n[3])
    return len(given), len(fam)


if __name__ == "__main__":
    g, f = _counts()
    print(f"{len(TRADITIONS)} traditions, {g} distinct given names, {f} surnames, {len(NATIVE)} native pairs,"
          f" {len(HANDLES)} handles")
