"""Hand-written person-name lists for pack_ab (private legal practice and notaries).

Written from general knowledge for this pack; no name package, census file or other list was used.
Each tradition has male and female given names and surnames. A surname entry is a string, or a
``(masculine, feminine)`` pair for languages whose surnames change with gender. ``order`` is ``"gf"``
(given first) or ``"fg"`` (family first, native); ``"mix"`` means either, half of the time.

``python names.py`` prints the figures quoted in the README.
"""

TRADITIONS = {
    "en_us": {
        "region": "americas", "order": "gf", "weight": 14,
        "m": ["James", "Michael", "Robert", "David", "William", "Daniel", "Matthew", "Anthony", "Joshua",
              "Tyler", "Brandon", "Kevin", "Jason", "Marcus", "Dwayne", "Terrence", "Cody", "Chase", "Hunter",
              "Will", "Grant", "Wade", "Dale", "Royce", "Justice", "Sterling", "Mason", "Carter", "Bo"],
        "f": ["Jennifer", "Jessica", "Ashley", "Amanda", "Brittany", "Megan", "Lauren", "Kayla", "Tiffany",
              "Shaniqua", "Latoya", "Hope", "Faith", "Grace", "Rose", "Summer", "Dawn", "April", "Joy",
              "Destiny", "Brooke", "Paige", "Justice", "Autumn", "Mercedes", "Ebony", "Crystal", "Misty"],
        "s": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
              "Thompson", "Jackson", "Harris", "Robinson", "Washington", "Jefferson", "Coleman", "Bishop",
              "Judge", "Law", "Marshall", "Page", "Lane", "Love", "Rich", "Young", "Black", "Little", "Strong",
              "Goodwin", "Hatfield", "McCoy", "Fairchild", "Bell", "Booker", "Freeman", "Banks", "Sparks"],
    },
    "en_gb": {
        "region": "europe", "order": "gf", "weight": 7,
        "m": ["Oliver", "Harry", "George", "Alfie", "Rhys", "Callum", "Nigel", "Gareth", "Declan", "Rupert",
              "Alistair", "Hamish", "Barnaby", "Toby", "Jack", "Wyn"],
        "f": ["Olivia", "Amelia", "Isla", "Poppy", "Siobhan", "Gemma", "Hayley", "Imogen", "Harriet",
              "Philippa", "Bethan", "Kirsty", "Morag", "Eilidh", "Cerys", "Sian"],
        "s": ["Taylor", "Evans", "Hughes", "Roberts", "Edwards", "Ellis", "Fletcher", "Cartwright", "Clarke",
              "Sheppard", "Whitfield", "Ashdown", "Pennington", "Fairbairn", "Ffoulkes", "Featherstonehaugh",
              "Bowes-Lyon", "Llewellyn", "ap Rhys", "Baron", "Chancellor", "Warden", "Lord", "Street", "Wood"],
    },
    "en_ie": {
        "region": "europe", "order": "gf", "weight": 3,
        "m": ["Seán", "Ciarán", "Pádraig", "Eoin", "Cathal", "Donal", "Fionn", "Oisín", "Darragh"],
        "f": ["Aoife", "Niamh", "Saoirse", "Róisín", "Gráinne", "Caoimhe", "Sinéad", "Orla", "Clodagh"],
        "s": ["O'Brien", "O'Sullivan", "McCarthy", "MacNamara", "Ó Súilleabháin", ("Ó Briain", "Ní Bhriain"),
              ("Mac Giolla", "Nic Giolla"), "Fitzgerald", "Gallagher", "Byrne", "Kavanagh", "Nolan", "Doherty"],
    },
    "de_de": {
        "region": "europe", "order": "gf", "weight": 6,
        "m": ["Lukas", "Jörg", "Klaus-Peter", "Jürgen", "Matthias", "Florian", "Tobias", "Wolfgang", "Uwe",
              "Hans-Jürgen", "Maximilian", "Götz", "Reinhard", "Sören"],
        "f": ["Annika", "Birgit", "Heike", "Katrin", "Anne-Kathrin", "Lena", "Friederike", "Ursula", "Jutta",
              "Mareike", "Dörte", "Sabine", "Hannelore"],
        "s": ["Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Köhler", "Groß", "Hoffmann", "Schäfer",
              "von Bülow", "zu Stolberg", "von der Heydt", "Meyer-Landrut", "Brandt", "Engel", "Wendt",
              "Richter", "Vogt", "Kaiser", "Scholz", "Lindemann", "Nußbaum", "Strauß"],
    },
    "nl_nl": {
        "region": "europe", "order": "gf", "weight": 3,
        "m": ["Sander", "Joost", "Bram", "Maarten", "Thijs", "Pieter", "Wouter", "Sjoerd", "Gert-Jan"],
        "f": ["Femke", "Sanne", "Anouk", "Marloes", "Lieke", "Ilse", "Mieke", "Annelies", "Fenna"],
        "s": ["de Vries", "van der Berg", "van Dijk", "Bakker", "Jansen", "Visser", "Smit", "de Boer",
              "van 't Hof", "ter Horst", "van den Heuvel", "Mulder", "Hoekstra", "van der Meulen", "Dekker"],
    },
    "fr_fr": {
        "region": "europe", "order": "gf", "weight": 5,
        "m": ["Jean-Baptiste", "Mathieu", "Thibault", "Grégoire", "Étienne", "Loïc", "Benoît", "Hervé",
              "Yannick", "Jean-Luc", "Aurélien", "Rémi"],
        "f": ["Élodie", "Camille", "Anaïs", "Margaux", "Céline", "Sévérine", "Marie-Claire", "Hélène",
              "Océane", "Clémence", "Laetitia", "Brigitte"],
        "s": ["Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fournier", "Mercier", "Chevalier",
              "de la Fontaine", "du Pont", "d'Aubigné", "Le Goff", "Le Floch", "Lemaître", "Bonnet", "Fabre",
              "Delacroix", "Faure", "Juge", "Avocat"],
    },
    "es_es": {
        "region": "europe", "order": "gf", "weight": 4, "double": True,
        "m": ["Javier", "Álvaro", "Íñigo", "José Manuel", "Sergio", "Alejandro", "Jordi", "Xabier", "Rubén"],
        "f": ["Lucía", "María José", "Nerea", "Ainhoa", "Montserrat", "Begoña", "Rocío", "Pilar", "Inés"],
        "s": ["García", "Fernández", "González", "Rodríguez", "Martínez", "Sánchez", "Pérez", "Gómez",
              "Ruiz", "Ortuño", "Iglesias", "Etxeberria", "Castaño", "Núñez", "de la Torre", "del Olmo"],
    },
    "es_mx": {
        "region": "americas", "order": "gf", "weight": 6, "double": True,
        "m": ["José Luis", "Juan Carlos", "Guadalupe", "Jesús", "Alejandro", "Eduardo", "Ramón", "Héctor",
              "Ulises", "Rigoberto", "Efraín"],
        "f": ["Guadalupe", "María Fernanda", "Xóchitl", "Itzel", "Ximena", "Dolores", "Araceli", "Yesenia",
              "Mariana", "Socorro", "Luz"],
        "s": ["Hernández", "López", "Ramírez", "Flores", "Cruz", "Morales", "Reyes", "Gutiérrez", "Ortiz",
              "Chávez", "Vázquez", "de la Garza", "Villaseñor", "Cuauhtémoc", "Olvera", "Zepeda", "Rosales"],
    },
    "pt_br": {
        "region": "americas", "order": "gf", "weight": 4,
        "m": ["João Pedro", "Luiz Fernando", "Thiago", "Rodrigo", "Caio", "Gustavo", "Marcelo", "Wellington"],
        "f": ["Ana Clara", "Fernanda", "Juliana", "Letícia", "Thaís", "Conceição", "Gabriela", "Jéssica"],
        "s": ["da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "de Almeida", "Gonçalves",
              "Araújo", "Magalhães", "da Costa", "Nascimento", "Barbosa", "Assunção"],
    },
    "it_it": {
        "region": "europe", "order": "gf", "weight": 3,
        "m": ["Giuseppe", "Alessandro", "Niccolò", "Gianluca", "Pierluigi", "Matteo", "Salvatore", "Andrea"],
        "f": ["Giulia", "Chiara", "Francesca", "Alessia", "Maria Grazia", "Federica", "Ilaria", "Benedetta"],
        "s": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "De Luca", "Di Stefano",
              "Lo Bianco", "D'Angelo", "Colombo", "Giordano", "Mancini", "Dell'Orto", "Santoro"],
    },
    "pl_pl": {
        "region": "europe", "order": "gf", "weight": 3,
        "m": ["Krzysztof", "Paweł", "Grzegorz", "Łukasz", "Wojciech", "Przemysław", "Jarosław", "Michał"],
        "f": ["Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Żaneta", "Beata", "Dorota", "Ewa"],
        "s": [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Lewandowski", "Lewandowska"),
              ("Zieliński", "Zielińska"), ("Szczepański", "Szczepańska"), "Nowak", "Wójcik", "Kaczmarek",
              "Mazur", "Krawczyk", ("Kowalczyk", "Kowalczyk"), "Pawlak", ("Dąbrowski", "Dąbrowska")],
    },
    "cs_cz": {
        "region": "europe", "order": "gf", "weight": 2,
        "m": ["Jiří", "Tomáš", "Ondřej", "Lukáš", "Vojtěch", "Zdeněk"],
        "f": ["Petra", "Lenka", "Kateřina", "Markéta", "Zuzana", "Hana"],
        "s": [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"),
              ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá")],
    },
    "hu_hu": {
        "region": "europe", "order": "fg", "weight": 2,
        "m": ["László", "Zoltán", "Gábor", "Attila", "Balázs", "Csaba"],
        "f": ["Zsófia", "Katalin", "Erzsébet", "Ildikó", "Réka", "Boglárka"],
        "s": ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh"],
    },
    "sv_se": {
        "region": "europe", "order": "gf", "weight": 2,
        "m": ["Björn", "Anders", "Lars-Erik", "Magnus", "Henrik", "Göran"],
        "f": ["Astrid", "Ingrid", "Linnéa", "Märta", "Sofia", "Ebba"],
        "s": ["Lindqvist", "Johansson", "Andersson", "Bergström", "Åkesson", "Sjöberg", "Nyström", "Lund"],
    },
    "da_no_fi": {
        "region": "europe", "order": "gf", "weight": 2,
        "m": ["Søren", "Rasmus", "Jørgen", "Eirik", "Jussi", "Matti", "Aleksi"],
        "f": ["Mette", "Sigrid", "Ingeborg", "Aino", "Päivi", "Tuulikki", "Kirsten"],
        "s": ["Jørgensen", "Nielsen", "Kristensen", "Haugen", "Bakke", "Mäkinen", "Virtanen", "Heikkilä",
              "Kärkkäinen", "Østergaard"],
    },
    "is_is": {
        "region": "europe", "order": "gf", "weight": 1,
        "m": ["Gunnar", "Sigurður", "Halldór", "Kjartan", "Þórður"],
        "f": ["Guðrún", "Sigríður", "Björk", "Hildur", "Þórunn"],
        "s": [("Jónsson", "Jónsdóttir"), ("Guðmundsson", "Guðmundsdóttir"), ("Sigurðsson", "Sigurðardóttir"),
              ("Ólafsson", "Ólafsdóttir"), ("Einarsson", "Einarsdóttir"), ("Magnússon", "Magnúsdóttir")],
    },
    "ru_ru": {
        "region": "europe", "order": "gf", "weight": 3,
        "m": ["Dmitry", "Sergey", "Alexei", "Vladimir", "Nikolai", "Yevgeny", "Igor", "Arkady"],
        "f": ["Olga", "Tatiana", "Yekaterina", "Svetlana", "Anastasia", "Irina", "Lyudmila", "Natalya"],
        "s": [("Ivanov", "Ivanova"), ("Smirnov", "Smirnova"), ("Kuznetsov", "Kuznetsova"),
              ("Volkov", "Volkova"), ("Sokolov", "Sokolova"), ("Morozov", "Morozova"), ("Lebedev", "Lebedeva")],
    },
    "uk_ua": {
        "region": "europe", "order": "gf", "weight": 2,
        "m": ["Oleksandr", "Andriy", "Bohdan", "Taras", "Yurii", "Mykola"],
        "f": ["Oksana", "Nataliia", "Iryna", "Yuliia", "Halyna", "Solomiia"],
        "s": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hnatyuk"],
    },
    "el_gr": {
        "region": "europe", "order": "gf", "weight": 2,
        "m": ["Georgios", "Konstantinos", "Dimitrios", "Nikolaos", "Panagiotis", "Spyridon"],
        "f": ["Eleni", "Konstantina", "Despoina", "Vasiliki", "Athina", "Paraskevi"],
        "s": [("Papadopoulos", "Papadopoulou"), ("Georgiou", "Georgiou"), ("Nikolaidis", "Nikolaidou"),
              ("Karamanlis", "Karamanli"), ("Oikonomou", "Oikonomou"), ("Antoniadis", "Antoniadou")],
    },
    "lt_lv": {
        "region": "europe", "order": "gf", "weight": 1,
        "m": ["Mindaugas", "Tomas", "Jānis", "Andris"],
        "f": ["Rūta", "Eglė", "Ieva", "Līga"],
        "s": [("Kazlauskas", "Kazlauskienė"), ("Petrauskas", "Petrauskaitė"), ("Bērziņš", "Bērziņa"),
              ("Ozoliņš", "Ozoliņa")],
    },
    "ro_hr_sr": {
        "region": "europe", "order": "gf", "weight": 2,
        "m": ["Ionuț", "Mihai", "Vlad", "Dragan", "Goran", "Tomislav", "Nikola"],
        "f": ["Ioana", "Andreea", "Mirela", "Jelena", "Snježana", "Ivana", "Dragana"],
        "s": ["Popescu", "Ionescu", "Dumitrescu", "Ștefănescu", "Jovanović", "Petrović", "Horvat",
              "Kovačević", "Babić", "Marković"],
    },
    "tr_tr": {
        "region": "middle_east", "order": "gf", "weight": 2,
        "m": ["Mehmet", "Mustafa", "Emre", "Burak", "Oğuz", "Çağlar"],
        "f": ["Ayşe", "Elif", "Zeynep", "Gülşen", "Şule", "Özlem"],
        "s": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Doğan", "Güneş"],
    },
    "ar": {
        "region": "middle_east", "order": "gf", "weight": 4,
        "m": ["Mohammed", "Ahmed", "Omar", "Khalid", "Youssef", "Tariq", "Hassan", "Karim", "Abdullah"],
        "f": ["Fatima", "Aisha", "Layla", "Noor", "Mariam", "Yasmin", "Huda", "Rania", "Salma"],
        "s": ["Al-Sayed", "El-Masry", "Al Hashimi", "Haddad", "Khoury", "Abdel-Rahman", "Abou Khalil",
              "Mansour", "Al-Farsi", "Nasser", "Ben Youssef", "Bouazizi", "Saleh"],
    },
    "fa_he": {
        "region": "middle_east", "order": "gf", "weight": 2,
        "m": ["Reza", "Dariush", "Kourosh", "Avi", "Yossi", "Eitan"],
        "f": ["Shirin", "Parisa", "Nasrin", "Noa", "Tamar", "Yael"],
        "s": ["Hosseini", "Rahimi", "Tehrani", "Mizrahi", "Peretz", "Ben-David", "Katz", "Shapiro"],
    },
    "hi_in": {
        "region": "south_asia", "order": "gf", "weight": 6,
        "m": ["Rahul", "Arjun", "Vikram", "Sanjay", "Rohit", "Aditya", "Venkatesh", "Pradeep", "Karthik",
              "Harpreet", "Gurpreet"],
        "f": ["Priya", "Ananya", "Deepika", "Lakshmi", "Sunita", "Kavya", "Meenakshi", "Pooja", "Harpreet",
              "Shreya"],
        "s": ["Sharma", "Patel", "Singh", "Gupta", "Iyer", "Reddy", "Nair", "Chatterjee", "Banerjee",
              "Subramanian", "Krishnamurthy", "Deshpande", "Kaur", "Agarwal", "Menon", "Pillai"],
    },
    "pk_bd": {
        "region": "south_asia", "order": "gf", "weight": 2,
        "m": ["Imran", "Faisal", "Zubair", "Rafiqul", "Tanvir", "Shahid"],
        "f": ["Ayesha", "Sadia", "Nusrat", "Farzana", "Rukhsana", "Tahmina"],
        "s": ["Khan", "Qureshi", "Chaudhry", "Malik", "Rahman", "Hossain", "Chowdhury", "Siddiqui"],
    },
    "zh_cn": {
        "region": "east_asia", "order": "mix", "weight": 5,
        "m": ["Wei", "Jian", "Hao", "Zhiwei", "Junjie", "Yong", "Xiaoming", "Tao"],
        "f": ["Xiuying", "Li Na", "Fang", "Jing", "Yan", "Mei", "Xiaoyan", "Ting"],
        "s": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Sun", "Ouyang"],
    },
    "zh_hk_tw": {
        "region": "east_asia", "order": "mix", "weight": 2,
        "m": ["Ka-Wai", "Chi-Ming", "Wing-Kit", "Chien-Hung", "Yu-Ting"],
        "f": ["Mei-Ling", "Hui-Chen", "Suk-Yee", "Pui-Shan", "Shu-Fen"],
        "s": ["Chan", "Wong", "Cheung", "Lau", "Tsai", "Lin", "Hsu", "Kwok"],
    },
    "ja_jp": {
        "region": "east_asia", "order": "mix", "weight": 3,
        "m": ["Haruki", "Takeshi", "Kenji", "Daisuke", "Shota", "Yusuke", "Hiroshi"],
        "f": ["Yui", "Misaki", "Haruka", "Aiko", "Sakura", "Yoko", "Emi"],
        "s": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Nakamura", "Kobayashi", "Yamamoto"],
    },
    "ko_kr": {
        "region": "east_asia", "order": "mix", "weight": 3,
        "m": ["Min-jun", "Seo-jun", "Ji-ho", "Hyun-woo", "Dong-hyun", "Jae-sung"],
        "f": ["Seo-yeon", "Ji-woo", "Min-seo", "Ha-eun", "Soo-jin", "Eun-ji"],
        "s": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang"],
    },
    "vi_vn": {
        "region": "south_east_asia", "order": "fg", "weight": 2, "middle_always": True,
        "m": ["Minh", "Tuấn", "Hùng", "Quang", "Dũng", "Phúc"],
        "f": ["Mai", "Lan", "Hương", "Thảo", "Ngọc", "Trang"],
        "s": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng"],
        "mid_m": ["Văn", "Đức", "Minh", "Quốc"], "mid_f": ["Thị", "Ngọc", "Thu"],
    },
    "fil_ph": {
        "region": "south_east_asia", "order": "gf", "weight": 3, "filipino_middle": True,
        "m": ["Jose Rizal", "Mark Anthony", "Jun", "Rodel", "Jericho", "Bong"],
        "f": ["Maria Cristina", "Ma. Luisa", "Jennylyn", "Rowena", "Kristine Joy", "Analyn"],
        "s": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Macapagal", "Dimaculangan",
              "Tolentino", "de Leon", "Manalo"],
    },
    "ms_id": {
        "region": "south_east_asia", "order": "gf", "weight": 2, "malay": True,
        "m": ["Ahmad", "Muhammad Hafiz", "Azlan", "Budi", "Agus", "Faizal"],
        "f": ["Siti Nurhaliza", "Nurul", "Aminah", "Dewi", "Sri", "Putri"],
        "s": ["Ismail", "Hassan", "Rahman", "Osman", "Yusof", "Abdullah"],
        "mono": ["Sukarno", "Wibowo", "Susanti", "Hartono"],
    },
    "th": {
        "region": "south_east_asia", "order": "gf", "weight": 1,
        "m": ["Somchai", "Anan", "Kittisak"],
        "f": ["Siriporn", "Nattaya", "Ploy"],
        "s": ["Srisuk", "Chaiyaporn", "Wongsawat", "Rattanakorn"],
    },
    "yo_ig_ng": {
        "region": "west_africa", "order": "gf", "weight": 4,
        "m": ["Chidi", "Emeka", "Oluwaseun", "Babatunde", "Chukwuemeka", "Ifeanyi", "Tunde", "Obinna"],
        "f": ["Chidinma", "Ngozi", "Adaeze", "Folake", "Oluwakemi", "Yetunde", "Amaka", "Chiamaka"],
        "s": ["Okafor", "Adeyemi", "Okonkwo", "Nwosu", "Balogun", "Eze", "Obi", "Adebayo", "Onyekachi",
              "Olawale", "Uchenna", "Ogunleye"],
    },
    "gh_sn": {
        "region": "west_africa", "order": "gf", "weight": 2,
        "m": ["Kwame", "Kofi", "Yaw", "Mamadou", "Ousmane", "Cheikh"],
        "f": ["Ama", "Akosua", "Abena", "Aminata", "Fatou", "Awa"],
        "s": ["Mensah", "Asante", "Boateng", "Owusu", "Diallo", "Ndiaye", "Sow", "Diop"],
    },
    "sw_ke_et": {
        "region": "east_africa", "order": "gf", "weight": 2,
        "m": ["Otieno", "Baraka", "Kipchoge", "Tesfaye", "Dawit", "Abebe"],
        "f": ["Wanjiru", "Wambui", "Njeri", "Achieng", "Selam", "Mekdes", "Hiwot"],
        "s": ["Kamau", "Odhiambo", "Mwangi", "Kiplagat", "Wanjiku", "Bekele", "Haile", "Girma"],
    },
    "za": {
        "region": "southern_africa", "order": "gf", "weight": 2,
        "m": ["Sipho", "Thabo", "Pieter", "Johan", "Bongani", "Lwazi"],
        "f": ["Nomvula", "Thandiwe", "Zanele", "Annelie", "Lindiwe", "Marike"],
        "s": ["Nkosi", "Dlamini", "Ndlovu", "Mokoena", "van der Merwe", "Botha", "du Plessis", "Khumalo",
              "Pretorius"],
    },
    "pacific_maori": {
        "region": "pacific", "order": "gf", "weight": 1,
        "m": ["Tane", "Wiremu", "Sione", "Tevita"],
        "f": ["Aroha", "Mere", "Losana", "Mele"],
        "s": ["Te Whata", "Ngata", "Tuilagi", "Fifita", "Taufa"],
    },
}

# Native-script names: (given, family, romanised given, romanised family, language, family_first).
# A family-first CJK name is written without a space.
NATIVE = [
    ("美咲", "田中", "Misaki", "Tanaka", "ja", True),
    ("健二", "山本", "Kenji", "Yamamoto", "ja", True),
    ("大輔", "小林", "Daisuke", "Kobayashi", "ja", True),
    ("秀英", "王", "Xiuying", "Wang", "zh", True),
    ("志伟", "陈", "Zhiwei", "Chen", "zh", True),
    ("美玲", "林", "Mei-Ling", "Lin", "zh", True),
    ("민준", "김", "Min-jun", "Kim", "ko", True),
    ("서연", "박", "Seo-yeon", "Park", "ko", True),
    ("Дмитрий", "Соколов", "Dmitry", "Sokolov", "ru", False),
    ("Светлана", "Морозова", "Svetlana", "Morozova", "ru", False),
    ("Оксана", "Шевченко", "Oksana", "Shevchenko", "uk", False),
    ("Ελένη", "Παπαδοπούλου", "Eleni", "Papadopoulou", "el", False),
    ("أحمد", "حداد", "Ahmed", "Haddad", "ar", False),
    ("ليلى", "منصور", "Layla", "Mansour", "ar", False),
    ("יעל", "מזרחי", "Yael", "Mizrahi", "he", False),
    ("प्रिया", "शर्मा", "Priya", "Sharma", "hi", False),
    ("สมชาย", "ศรีสุข", "Somchai", "Srisuk", "th", False),
    ("Драган", "Јовановић", "Dragan", "Jovanovic", "sr", False),
    ("ნინო", "ბერიძე", "Nino", "Beridze", "ka", False),
    ("Գոհար", "Սարգսյան", "Gohar", "Sargsyan", "hy", False),
]

# Words of a name that are no name on their own (left out of the leak check).
PARTICLES = {"van", "der", "den", "de", "la", "del", "du", "d", "le", "da", "dos", "von", "zu", "t", "ter",
             "ap", "o", "mac", "mc", "ó", "ní", "nic", "al", "el", "ben", "bin", "binti", "abou", "abdel",
             "dela", "te", "y", "di", "lo", "dell", "ma", "jr", "thị", "văn", "ngọc", "đức", "thu", "quốc",
             "minh"}

# Account handles that belong to people but are not built from their names.
UNRELATED_HANDLES = ["bluefinch22", "quietstorm", "tkd_grrl", "lex_nomad", "paperplane7", "okapi_dreams",
                     "nightowl_esq", "moonlit.barrister", "coffeeandcaselaw", "sailor_mj", "redkite81",
                     "vinyl_dad"]


def _count():
    given, surnames = set(), set()
    for t in TRADITIONS.values():
        given.update(t["m"])
        given.update(t["f"])
        for s in t["s"]:
            surnames.update(s if isinstance(s, tuple) else (s,))
        surnames.update(t.get("mono", []))
    return len(TRADITIONS), len(given), len(surnames), len(NATIVE)


if __name__ == "__main__":
    n_trad, n_given, n_sur, n_native = _count()
    regions = sorted({t["region"] for t in TRADITIONS.values()})
    print(f"traditions={n_trad} regions={len(regions)} given={n_given} surnames={n_sur} native_pairs={n_native}")
