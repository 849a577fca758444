"""Person names for pack_a, written by hand for this pack (no name library, no list copied from another set).

TRADITIONS: (key, region, order, p_double_surname, male given, female given, surnames).
order: "gf" given first, "fg" family first, "mix" either (romanised East Asian names are written both ways).
A surname written "A/B" has a masculine form A and a feminine form B. Lists are '|'-separated.
NATIVE: given/family pairs in their own scripts with a romanised form (for accounts and e-mail addresses)."""

from __future__ import annotations

import random
import re
import unicodedata

TRADITIONS = [
    ("en_us", "North America", "gf", 0.0, "James|Robert|Tyler|Marcus|Derek|Brandon|Travis|Dwayne",
     "Jennifer|Ashley|Brittany|Kayla|Megan|Shannon|Tamika|Courtney",
     "Smith|Johnson|Williams|Brown|Miller|Davis|Anderson|Thompson|Harris|Whitaker|Washington|Coleman"),
    ("en_gb", "Europe", "gf", 0.0, "Oliver|Harry|George|Alfie|Callum|Rhys|Nigel",
     "Amelia|Isla|Poppy|Imogen|Freya|Harriet|Gemma",
     "Taylor|Evans|Wright|Hughes|Roberts|Walker|Pemberton|Ashworth|Clarke|Fairbairn"),
    ("irish", "Europe", "gf", 0.0, "Seán|Cian|Oisín|Darragh|Eoin|Ciarán",
     "Aoife|Siobhán|Niamh|Caoimhe|Róisín|Saoirse",
     "Murphy|Kelly|O'Brien|O'Sullivan|McCarthy|Walsh|Ó Conaill/Ní Chonaill|MacNamara|Fitzgerald|Ó Súilleabháin/Ní Shúilleabháin"),
    ("scottish", "Europe", "gf", 0.0, "Angus|Hamish|Fraser|Lachlan|Ewan",
     "Morag|Kirsty|Eilidh|Fiona|Ailsa",
     "MacDonald|MacLeod|Campbell|Stewart|Mackenzie|Robertson|MacGregor|Sinclair"),
    ("welsh", "Europe", "gf", 0.0, "Dafydd|Gareth|Iwan|Rhodri|Emyr",
     "Angharad|Bethan|Carys|Ffion|Seren",
     "Jones|Llewellyn|Pritchard|Griffiths|Vaughan|Parry|ap Rhys"),
    ("german", "Europe", "gf", 0.0, "Lukas|Jonas|Maximilian|Klaus-Peter|Jürgen|Stefan|Dieter",
     "Sabine|Lea|Franziska|Ute|Hannah|Anneliese|Katrin",
     "Müller|Schmidt|Schneider|Fischer|Weber|Becker|Hoffmann|von Bergen|Schäfer|von der Heide|Weiß"),
    ("alpine", "Europe", "gf", 0.0, "Florian|Matthias|Reto|Beat|Urs",
     "Verena|Theresa|Nadine|Corinne|Seraina",
     "Gruber|Huber|Steiner|Moser|Brunner|Baumgartner|Leitner|Aebischer|Zürcher"),
    ("dutch", "Europe", "gf", 0.0, "Daan|Sem|Bram|Thijs|Joost|Pieter",
     "Sanne|Femke|Lotte|Anouk|Marloes|Jorien",
     "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|van der Meer|Smit|ter Horst|van 't Hof"),
    ("flemish", "Europe", "gf", 0.0, "Wout|Jef|Stijn|Lander|Koen",
     "Lien|Griet|Elke|Fien|Hanne",
     "Peeters|Claes|Janssens|De Smet|Vermeulen|Van Damme|Maes|Wouters"),
    ("french", "Europe", "gf", 0.0, "Théo|Mathis|Benoît|Jean-Luc|Étienne|Yannick",
     "Camille|Chloé|Manon|Élodie|Marie-Claire|Océane",
     "Martin|Bernard|Dubois|Lefèvre|Moreau|Girard|Rousseau|de la Fontaine|Le Gall|d'Aubigny|Mercier"),
    ("spanish", "Europe", "gf", 0.5, "Alejandro|Javier|Íñigo|Sergio|Álvaro|Pablo",
     "Lucía|Carmen|Nuria|Pilar|Begoña|Maite",
     "García|Fernández|López|Martínez|Sánchez|Pérez|de la Cruz|Gómez|Iglesias|Navarro|Echeverría"),
    ("mexican", "Latin America", "gf", 0.6, "José Luis|Emiliano|Jesús|Armando|Joaquín|Rodrigo",
     "Guadalupe|Ximena|Itzel|Fernanda|María José",
     "Hernández|González|Ramírez|Flores|Morales|Vázquez|Castañeda|de la Garza|Ochoa"),
    ("andean_platense", "Latin America", "gf", 0.5, "Facundo|Matías|Julián|Andrés|Camilo",
     "Valentina|Florencia|Milagros|Catalina|Juliana",
     "Rodríguez|Gutiérrez|Benítez|Acosta|Medina|Ospina|Restrepo|Cardona"),
    ("portuguese", "Europe", "gf", 0.4, "João|Tiago|Rui|Duarte|Gonçalo",
     "Inês|Beatriz|Leonor|Mafalda|Joana",
     "Silva|Ferreira|Pereira|Oliveira|Costa|Sousa|Carvalho|Teixeira|Magalhães|da Cunha"),
    ("brazilian", "Latin America", "gf", 0.5, "Thiago|Rafael|Gustavo|Leandro|Caio",
     "Larissa|Thaís|Gabriela|Letícia|Renata",
     "Souza|Lima|Alves|Ribeiro|Barbosa|Nascimento|dos Reis|Araújo|Cavalcanti|dos Santos"),
    ("italian", "Europe", "gf", 0.0, "Giuseppe|Lorenzo|Alessandro|Matteo|Gianluca",
     "Giulia|Chiara|Francesca|Alessia|Martina",
     "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|De Luca|Di Stefano|D'Angelo|Lo Bianco"),
    ("nordic", "Europe", "gf", 0.0, "Erik|Lars|Henrik|Magnus|Anders|Søren",
     "Ingrid|Astrid|Sigrid|Linnéa|Maja|Freja",
     "Andersson|Johansson|Lindqvist|Bergström|Hansen|Nielsen|Johannessen|Sørensen|Åberg|Kristiansen"),
    ("finnish", "Europe", "gf", 0.0, "Juha|Mikko|Eero|Ville|Aleksi",
     "Aino|Helmi|Sanna|Pirjo|Tuuli",
     "Korhonen|Virtanen|Mäkinen|Nieminen|Hämäläinen|Laaksonen|Heikkinen"),
    ("icelandic", "Europe", "gf", 0.0, "Gunnar|Sigurður|Þórður|Einar",
     "Guðrún|Sigríður|Katrín|Helga",
     "Jónsson/Jónsdóttir|Stefánsson/Stefánsdóttir|Magnússon/Magnúsdóttir|Ólafsson/Ólafsdóttir|Gunnarsson/Gunnarsdóttir"),
    ("polish", "Europe", "gf", 0.0, "Piotr|Krzysztof|Tomasz|Paweł|Michał|Grzegorz",
     "Agnieszka|Katarzyna|Małgorzata|Zofia|Magdalena",
     "Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik|Kamiński/Kamińska|Lewandowski/Lewandowska|"
     "Zieliński/Zielińska|Szymański/Szymańska|Nowak|Dąbrowski/Dąbrowska"),
    ("czech_slovak", "Europe", "gf", 0.0, "Jiří|Petr|Tomáš|Ondřej|Lukáš",
     "Petra|Lucie|Tereza|Veronika|Kateřina",
     "Novák/Nováková|Svoboda/Svobodová|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová"),
    ("hungarian", "Europe", "fg", 0.0, "Bence|Levente|Gábor|Zoltán|Attila",
     "Réka|Zsófia|Eszter|Boglárka|Krisztina",
     "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Farkas|Molnár"),
    ("romanian", "Europe", "gf", 0.0, "Andrei|Mihai|Ionuț|Bogdan|Cătălin",
     "Ioana|Andreea|Bianca|Roxana|Mădălina",
     "Popescu|Ionescu|Dumitrescu|Stan|Constantinescu|Munteanu|Țurcanu"),
    ("south_slavic", "Europe", "gf", 0.0, "Marko|Luka|Nikola|Dragan|Emir",
     "Ivana|Jelena|Mirela|Tijana|Snežana",
     "Horvat|Kovačević|Babić|Marić|Petrović|Jurić|Hadžić|Novaković"),
    ("greek", "Europe", "gf", 0.0, "Dimitrios|Nikos|Konstantinos|Giannis|Stavros",
     "Eleni|Katerina|Despina|Vasiliki|Anastasia",
     "Papadopoulos/Papadopoulou|Nikolaidis/Nikolaidou|Vlachos/Vlachou|Georgiou|Oikonomou|Alexiou|Karagiannis/Karagianni"),
    ("russian", "Europe", "gf", 0.0, "Sergei|Dmitri|Vladimir|Aleksandr|Nikolai",
     "Natalia|Tatiana|Ekaterina|Svetlana|Yulia",
     "Ivanov/Ivanova|Petrov/Petrova|Sokolov/Sokolova|Morozov/Morozova|Lebedev/Lebedeva|Novikov/Novikova|Kozlov/Kozlova"),
    ("ukrainian", "Europe", "gf", 0.0, "Oleksandr|Bohdan|Yaroslav|Mykola|Andriy",
     "Oksana|Iryna|Nataliya|Khrystyna|Solomiya",
     "Kovalenko|Melnyk|Tkachenko|Boyko|Kravchenko|Lysenko|Hnatyuk"),
    ("turkish", "Middle East", "gf", 0.0, "Mehmet|Mustafa|Emre|Burak|Oğuz",
     "Ayşe|Zeynep|Elif|Gülşen|Büşra",
     "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan"),
    ("arabic_mashriq", "Middle East", "gf", 0.0, "Mohammed|Ahmad|Khalid|Omar|Tariq|Yousef",
     "Fatima|Layla|Noor|Rania|Huda|Mariam",
     "Al-Hashimi|Haddad|Khoury|Nasser|Al-Farsi|Mansour|Al-Qahtani|Saleh|El-Masri"),
    ("maghrebi", "North Africa", "gf", 0.0, "Youssef|Karim|Mehdi|Rachid|Samir",
     "Amina|Salma|Khadija|Nadia|Imane",
     "Benali|Belkacem|Bouzid|El Amrani|Tazi|Cherif|Bennani|Ait Ouali"),
    ("persian", "Middle East", "gf", 0.0, "Reza|Arash|Dariush|Kaveh|Babak",
     "Shirin|Nasrin|Parisa|Roya|Leila",
     "Hosseini|Mohammadi|Karimi|Tehrani|Jafari|Moradi|Rostami|Shirazi"),
    ("hebrew", "Middle East", "gf", 0.0, "Yosef|Avi|Eitan|Noam|Itai",
     "Tamar|Yael|Shira|Noa|Michal",
     "Cohen|Levi|Mizrahi|Peretz|Friedman|Ben-David|Avraham|Shapiro"),
    ("north_indian", "South Asia", "gf", 0.0, "Rahul|Amit|Vikram|Arjun|Rohit|Sanjay",
     "Priya|Ananya|Neha|Pooja|Sunita|Kavita",
     "Sharma|Verma|Gupta|Agarwal|Malhotra|Kapoor|Chauhan|Srivastava|Mishra"),
    ("south_indian", "South Asia", "gf", 0.0, "Karthik|Venkatesh|Srinivas|Harish|Pradeep",
     "Lakshmi|Divya|Meenakshi|Swathi|Revathi",
     "Subramanian|Iyer|Reddy|Nair|Pillai|Krishnan|Raghavan|Menon|Venkataraman"),
    ("bengali_punjabi_gujarati", "South Asia", "gf", 0.0, "Arnab|Sourav|Gurpreet|Harjit|Jignesh|Hitesh",
     "Paromita|Simran|Harleen|Nisha|Hetal",
     "Chatterjee|Banerjee|Mukherjee|Singh|Gill|Sandhu|Patel|Desai|Mehta"),
    ("pakistani_bangladeshi", "South Asia", "gf", 0.0, "Imran|Faisal|Usman|Bilal|Rashed",
     "Ayesha|Sana|Nusrat|Farzana|Rabia",
     "Khan|Qureshi|Chaudhry|Butt|Rahman|Hossain|Siddiqui|Malik"),
    ("mandarin", "East Asia", "mix", 0.0, "Wei|Jian|Hao|Zhiwei|Jun",
     "Xiaoling|Mei|Yan|Jing|Lihua",
     "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou"),
    ("cantonese_taiwanese", "East Asia", "mix", 0.0, "Chi-Wai|Ka-Ho|Chun-Hung|Wing-Kit",
     "Mei-Ling|Shu-Fen|Hoi-Yan|Ya-Ting",
     "Chan|Wong|Leung|Cheung|Lau|Tsai|Hsu|Kwok|Tsang"),
    ("japanese", "East Asia", "mix", 0.0, "Haruto|Kenji|Takumi|Daisuke|Shota|Hiroshi",
     "Yui|Aoi|Sakura|Naoko|Yuki",
     "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi"),
    ("korean", "East Asia", "mix", 0.0, "Min-jun|Seo-jun|Ji-hoon|Dong-hyun|Jae-won",
     "Seo-yeon|Ji-woo|Ha-eun|Soo-ah|Min-seo",
     "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Han"),
    ("vietnamese", "South-East Asia", "fg", 0.0, "Văn Minh|Đức Anh|Quang Huy|Hoàng Nam",
     "Thị Hương|Ngọc Lan|Thu Trang|Thanh Hà",
     "Nguyễn|Trần|Lê|Phạm|Huỳnh|Phan|Vũ|Đặng"),
    ("filipino", "South-East Asia", "gf", 0.0, "Rodel|Jerome|Ramil|Arnel|Ronaldo",
     "Maricel|Rowena|Jocelyn|Kristine|Angelica",
     "dela Cruz|Reyes|Bautista|Villanueva|Mendoza|Aquino|Macaraeg|Dimaculangan"),
    ("indonesian", "South-East Asia", "gf", 0.0, "Budi|Agus|Irfan|Rizky|Dimas",
     "Siti|Dewi|Putri|Ratna|Wulan",
     "Santoso|Wijaya|Setiawan|Hidayat|Kusuma|Pratama|Nugroho"),
    ("malay", "South-East Asia", "gf", 0.0, "Hafiz|Azlan|Faizal|Syafiq|Amirul",
     "Nurul|Farah|Aishah|Syafiqah|Izzati",
     "bin Ismail/binti Ismail|bin Hassan/binti Hassan|bin Abdullah/binti Abdullah|bin Osman/binti Osman|bin Yusof/binti Yusof"),
    ("thai", "South-East Asia", "gf", 0.0, "Somchai|Anan|Kittisak|Prasert|Wichai",
     "Siriporn|Nattaya|Kanokwan|Pimchanok|Supaporn",
     "Srisuk|Wongsawat|Chaiyaporn|Rattanakorn|Saetang|Boonmee|Phromsri"),
    ("nigerian", "West Africa", "gf", 0.0, "Chinedu|Oluwaseun|Emeka|Babatunde|Ifeanyi|Abubakar",
     "Ngozi|Adaeze|Folake|Chiamaka|Funmilayo|Zainab",
     "Okafor|Adeyemi|Eze|Okonkwo|Balogun|Nwosu|Adebayo|Oyelaran|Danjuma|Ibrahim"),
    ("ghanaian", "West Africa", "gf", 0.0, "Kwame|Kofi|Yaw|Kwabena|Kwesi",
     "Ama|Akosua|Abena|Efua|Adwoa",
     "Mensah|Owusu|Boateng|Asante|Osei|Appiah|Agyemang|Darko"),
    ("east_african", "East Africa", "gf", 0.0, "Baraka|Juma|Kiprono|Tumaini|Musa",
     "Wanjiru|Akinyi|Neema|Zawadi|Atieno",
     "Odhiambo|Kamau|Mwangi|Ochieng|Njoroge|Kariuki|Wekesa|Mutua|Onyango"),
    ("horn_of_africa", "East Africa", "gf", 0.0, "Abebe|Dawit|Tesfaye|Yonas|Bereket",
     "Selam|Hiwot|Meron|Tigist|Saba",
     "Bekele|Tadesse|Haile|Girma|Alemu|Wolde|Kebede|Gebremedhin"),
    ("nguni_sotho", "Southern Africa", "gf", 0.0, "Sipho|Thabo|Mandla|Lwazi|Bongani",
     "Nomvula|Thandiwe|Lindiwe|Zanele|Naledi",
     "Dlamini|Nkosi|Ndlovu|Mokoena|Khumalo|Mthembu|Mahlangu|Molefe"),
    ("afrikaans", "Southern Africa", "gf", 0.0, "Johan|Riaan|Francois|Hendrik|Wikus",
     "Annelie|Marlize|Elmarie|Carike|Riana",
     "van der Merwe|Botha|Pretorius|du Plessis|Venter|Coetzee|van Niekerk|le Roux"),
    ("pacific", "Pacific", "gf", 0.0, "Tane|Sione|Wiremu|Viliami|Mosese",
     "Aroha|Mele|Losana|Hine|Salote",
     "Tuilagi|Fonoti|Ngata|Te Whiti|Tupou|Vaipulu|Faleolo|Waqa|Tawhiri"),
    ("indigenous_americas", "Americas", "gf", 0.0, "Ahanu|Takoda|Chayton|Inti|Amaru",
     "Nayeli|Aiyana|Killa|Winona|Tayanita",
     "Begay|Yazzie|Tsosie|Quispe|Mamani|Huaman|Condori|Benally"),
    ("central_asian", "Central Asia", "gf", 0.0, "Timur|Rustam|Bekzod|Daniyar|Azamat",
     "Aigerim|Dilnoza|Madina|Gulnara|Zarina",
     "Karimov/Karimova|Nurlanov/Nurlanova|Abdullaev/Abdullaeva|Yusupov/Yusupova|Rakhimov/Rakhimova|Akhmetov/Akhmetova"),
    ("georgian", "Caucasus", "gf", 0.0, "Giorgi|Levan|Davit|Irakli|Zurab",
     "Nino|Ketevan|Natia|Salome|Eka",
     "Beridze|Kapanadze|Gelashvili|Lomidze|Tsiklauri|Maisuradze"),
    ("armenian", "Caucasus", "gf", 0.0, "Aram|Tigran|Hayk|Armen|Vahe",
     "Anahit|Lilit|Nare|Siranush|Gayane",
     "Petrosyan|Hakobyan|Sargsyan|Grigoryan|Avetisyan|Harutyunyan"),
    ("caribbean", "Americas", "gf", 0.0, "Delroy|Winston|Jermaine|Kareem|Desmond",
     "Shanice|Marcia|Kerry-Ann|Tameka|Nadine",
     "Campbell-Brown|Ferguson|McKenzie|Bailey|Grant-Lewis|Nembhard|Chambers"),
]

# (given, family, romanised given, romanised family, family_first, joiner between the two parts)
NATIVE = [
    ("健太", "佐藤", "Kenta", "Sato", True, ""), ("美咲", "鈴木", "Misaki", "Suzuki", True, ""),
    ("翔", "高橋", "Sho", "Takahashi", True, ""), ("伟", "王", "Wei", "Wang", True, ""),
    ("娜", "李", "Na", "Li", True, ""), ("晓明", "张", "Xiaoming", "Zhang", True, ""),
    ("静", "陈", "Jing", "Chen", True, ""), ("志明", "林", "Zhiming", "Lin", True, ""),
    ("민준", "김", "Minjun", "Kim", True, ""), ("서연", "이", "Seoyeon", "Lee", True, ""),
    ("지훈", "박", "Jihoon", "Park", True, ""),
    ("Алексей", "Смирнов", "Aleksei", "Smirnov", False, " "),
    ("Ольга", "Кузнецова", "Olga", "Kuznetsova", False, " "),
    ("Дмитрий", "Волков", "Dmitry", "Volkov", False, " "),
    ("Олена", "Шевченко", "Olena", "Shevchenko", False, " "),
    ("Тарас", "Бондаренко", "Taras", "Bondarenko", False, " "),
    ("Милош", "Јовановић", "Milos", "Jovanovic", False, " "),
    ("Георги", "Димитров", "Georgi", "Dimitrov", False, " "),
    ("Айгерім", "Нұрланова", "Aigerim", "Nurlanova", False, " "),
    ("Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", False, " "),
    ("Ελένη", "Νικολάου", "Eleni", "Nikolaou", False, " "),
    ("محمد", "العلي", "Mohammed", "Alali", False, " "),
    ("فاطمة", "الزهراني", "Fatima", "Alzahrani", False, " "),
    ("يوسف", "حداد", "Youssef", "Haddad", False, " "),
    ("مریم", "احمدی", "Maryam", "Ahmadi", False, " "),
    ("علی", "رضایی", "Ali", "Rezaei", False, " "),
    ("عمران", "قریشی", "Imran", "Qureshi", False, " "),
    ("נועה", "כהן", "Noa", "Cohen", False, " "), ("דוד", "לוי", "David", "Levi", False, " "),
    ("राहुल", "शर्मा", "Rahul", "Sharma", False, " "), ("प्रिया", "वर्मा", "Priya", "Verma", False, " "),
    ("स्नेहा", "कुलकर्णी", "Sneha", "Kulkarni", False, " "), ("অমিত", "দাস", "Amit", "Das", False, " "),
    ("கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", False, " "),
    ("శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", False, " "),
    ("ಅನಿಲ್", "ಕುಮಾರ್", "Anil", "Kumar", False, " "), ("അനു", "മാത്യു", "Anu", "Mathew", False, " "),
    ("હર્ષ", "પટેલ", "Harsh", "Patel", False, " "), ("ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Gurpreet", "Singh", False, " "),
    ("නිමල්", "පෙරේරා", "Nimal", "Perera", False, " "), ("สมชาย", "ใจดี", "Somchai", "Jaidee", False, " "),
    ("ნინო", "ბერიძე", "Nino", "Beridze", False, " "), ("Արամ", "Պետրոսյան", "Aram", "Petrosyan", False, " "),
    ("አበበ", "በቀለ", "Abebe", "Bekele", False, " "), ("ដារ៉ា", "សុខ", "Dara", "Sok", True, " "),
]

PARTICLES = {"van", "der", "den", "de", "la", "da", "dos", "das", "do", "du", "von", "zu", "ter", "bin",
             "binti", "al", "el", "le", "di", "lo", "'t", "ap", "dela", "te", "d'", "ó", "ní", "mac", "o'"}

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
         "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "œ": "oe", "Œ": "OE"}


def fold(s: str) -> str:
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, given: str, family: str, family_first: bool, rom: tuple[str, str] | None = None,
                 joiner: str = " ", native: bool = False, tradition: str = "") -> None:
        self.given, self.family = given, family
        self.family_first, self.joiner, self.native = family_first, joiner, native
        self.rg, self.rf = rom if rom else (given, family)
        self.tradition = tradition
        self.fem = False
        self.accounts: list[str] = []

    def full(self) -> str:
        """As the person would write it: family first where that is the custom."""
        return (self.family + self.joiner + self.given) if self.family_first else (self.given + " " + self.family)

    def western(self) -> str:
        return self.rg + " " + self.rf if self.native else self.given + " " + self.family

    def last_first(self, upper: bool = False) -> str:
        g, f = (self.rg, self.rf) if self.native else (self.given, self.family)
        s = f"{f}, {g}"
        return s.upper() if upper else s

    def slash(self) -> str:
        return fold(f"{self.rf}/{self.rg}").upper().replace(" ", "").replace("'", "")

    def romanised(self) -> tuple[str, str]:
        return fold(self.rg), fold(self.rf)

    def tokens(self) -> list[str]:
        out: list[str] = []
        for part in (self.given, self.family, self.rg, self.rf):
            for w in re.split(r"[\s\-]+", part):
                for x in {w, fold(w)} | ({p for p in w.split("'") if len(p) > 2} if "'" in w else set()):
                    if x and x.lower() not in PARTICLES and x not in out:
                        out.append(x)
        return out + [a for a in self.accounts if a not in out]

    def account(self, rng: random.Random, style: str | None = None) -> str:
        g, f = self.romanised()
        g = re.sub(r"[^a-z]", "", g.lower().split(" ")[0]) or "x"
        fam = f.lower()
        f = re.sub(r"[^a-z]", "", fam)
        f_last = re.sub(r"[^a-z]", "", fam.split(" ")[-1])
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "first.last", "flast", "flastN", "first.lastN", "lastfN"])
        n = str(rng.choice([1, 2, 3, 7, 12, 21, 77, 85, 90]))
        acct = {"first.last": f"{g}.{f}", "flast": g[0] + f, "firstl": g + f_last[0], "first_last": f"{g}_{f}",
                "firstlast": g + f, "lastf": f + g[0], "f.last": f"{g[0]}.{f}", "flastN": g[0] + f + n,
                "first.lastN": f"{g}.{f}{n}", "lastfN": f + g[0] + n, "lastfirst": f + g}[style]
        if acct not in self.accounts:
            self.accounts.append(acct)
        return acct

    def email(self, rng: random.Random, domain: str | None = None) -> str:
        style = rng.choice(["first.last", "first.last", "flast", "first_last", "firstl", "f.last", "first.lastN"])
        local = self.account(rng, style)
        return f"{local}@{domain or rng.choice(EMAIL_DOMAINS)}"


EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "post.example.org",
                 "inbox.example.net", "example.co.uk", "example.de", "example.fr", "example.com.br",
                 "example.jp", "example.in", "example.ng", "example.com.au"]


def _parse() -> list[tuple[str, str, str, float, list[str], list[str], list[str]]]:
    return [(k, r, o, d, m.split("|"), f.split("|"), s.split("|")) for k, r, o, d, m, f, s in TRADITIONS]


_TRAD = _parse()


FEM_NATIVE = {"Misaki", "Na", "Jing", "Seoyeon", "Olga", "Olena", "Aigerim", "Eleni", "Fatima", "Maryam", "Noa",
              "Priya", "Sneha", "Anu", "Nino"}


def draw_person(rng: random.Random, p_native: float = 0.1, tradition: str | None = None) -> Person:
    if tradition is None and rng.random() < p_native:
        g, f, rg, rf, ff, j = rng.choice(NATIVE)
        p = Person(g, f, ff, (rg, rf), j, native=True, tradition="native")
        p.fem = rg in FEM_NATIVE
        return p
    key, _, order, pdbl, male, female, surnames = (rng.choice(_TRAD) if tradition is None else
                                                   next(t for t in _TRAD if t[0] == tradition))
    fem = rng.random() < 0.5
    given = rng.choice(female if fem else male)

    def sur() -> str:
        s = rng.choice(surnames)
        return s.split("/")[1 if fem else 0] if "/" in s else s

    family = sur()
    if pdbl and rng.random() < pdbl:
        second = sur()
        if second != family:
            family = f"{family} {second}" if rng.random() < 0.8 else f"{family}-{second}"
    ff = order == "fg" or (order == "mix" and rng.random() < 0.5)
    p = Person(given, family, ff, tradition=key)
    p.fem = fem
    return p


def stats() -> dict[str, int]:
    given = {g for t in _TRAD for g in t[4] + t[5]}
    fams = {x for t in _TRAD for s in t[6] for x in s.split("/")}
    return {"traditions": len(_TRAD), "given": len(given), "surnames": len(fams), "native_pairs": len(NATIVE)}
