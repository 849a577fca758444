"""Hand-written person names for pack_f (no name package, no list copied from another set).

Each tradition: m / f given names, surnames ("Masc/Fem" where the surname is gendered), and the
name order: GF (given first), FG (family first, native), CJK (romanised East Asian: family first half
of the time). Native-script pairs at the bottom carry their romanised forms for accounts and e-mails.
"""

from __future__ import annotations

import unicodedata

T = {
    "anglo_us": ("GF", "James|Michael|Robert|David|Daniel|Matthew|Andrew|Christopher|Ryan|Nathan|Kevin|Brandon|Tyler|Justin",
                 "Jennifer|Sarah|Jessica|Emily|Laura|Rachel|Megan|Hannah|Lauren|Amanda|Rebecca|Olivia|Brittany|Kayla",
                 "Smith|Johnson|Williams|Brown|Miller|Davis|Wilson|Anderson|Taylor|Thompson|Harris|Walker|Mitchell|Carter|Bennett|Cooper"),
    "anglo_uk": ("GF", "Oliver|Harry|George|Alfie|Jack|Callum|Lewis|Owen|Toby|Declan",
                 "Amelia|Isla|Poppy|Freya|Imogen|Eleanor|Harriet|Lucy|Abigail|Niamh",
                 "Clarke|Wright|Hughes|Turner|Parker|Collins|Edwards|Lloyd|Hartley|Pemberton|Ashworth|Fairclough"),
    "scottish": ("GF", "Ewan|Fraser|Hamish|Alasdair|Ruaridh|Angus", "Eilidh|Morag|Catriona|Ishbel|Kirsty|Mhairi",
                 "MacLeod|MacDonald|McKenzie|Mackintosh|Fergusson|Buchanan|MacAulay|Drummond"),
    "irish": ("GF", "Seán|Ciarán|Oisín|Cormac|Pádraig|Darragh|Eoin", "Siobhán|Aoife|Róisín|Saoirse|Clodagh|Gráinne|Orla",
              "O'Brien/O'Brien|O'Sullivan/O'Sullivan|Ó Súilleabháin/Ní Shúilleabháin|Ó Briain/Ní Bhriain|Fitzgerald|Doherty|Gallagher|Kavanagh|Ó Conaill/Ní Chonaill|McGrath"),
    "welsh": ("GF", "Rhys|Gethin|Dafydd|Iwan|Emyr", "Cerys|Bethan|Ffion|Siân|Eluned", "Llewellyn|Pritchard|Bowen|ap Rhys|Vaughan|Howells|Prosser"),
    "german": ("GF", "Lukas|Jonas|Maximilian|Florian|Klaus-Peter|Jürgen|Matthias|Stefan|Tobias|Dieter|Wolfgang",
               "Anna-Lena|Katharina|Lea|Sabine|Ursula|Franziska|Birgit|Heike|Johanna|Annika",
               "Müller|Schmidt|Fischer|Weber|Wagner|Becker|Hoffmann|Schäfer|Krüger|von Brandt|zu Löwenstein|Straßer|Hartmann|Vogel|Köhler|Lindemann|Schulze-Wittenberg"),
    "austrian_swiss": ("GF", "Reto|Urs|Beat|Andreas|Gernot", "Verena|Regula|Corinna|Stefanie|Barbara",
                       "Gruber|Huber|Pichler|Moser|Steiner|Brunner|Baumgartner|Ammann|von Gunten"),
    "dutch": ("GF", "Daan|Sem|Thijs|Joris|Pieter|Bram|Ruud|Maarten", "Femke|Sanne|Lotte|Anouk|Marieke|Ilse|Fenna|Wieke",
              "van der Berg|de Vries|van Dijk|Bakker|Visser|Jansen|van 't Hof|ter Horst|van den Broek|Smit|Mulder|de Jong|Kuipers"),
    "flemish": ("GF", "Wout|Jeroen|Koen|Stijn", "Griet|Lieve|Katrien|Elke", "op de Beeck|De Smet|Vermeulen|Peeters|Claes|Van Damme|Wouters"),
    "french": ("GF", "Julien|Mathieu|Théo|Hugo|Baptiste|Jean-Luc|Guillaume|Sébastien|Loïc|Rémi",
               "Élodie|Camille|Chloé|Manon|Margaux|Anaïs|Marie-Claire|Solène|Bérénice|Océane",
               "Dubois|Lefèvre|Moreau|Laurent|Girard|Rousseau|Fournier|Morel|de la Fontaine|d'Aubigné|Le Goff|Lemaire|Boucher|Chevalier|Mercier"),
    "spanish": ("GF", "Alejandro|Javier|Sergio|Pablo|Álvaro|Íñigo|Raúl|Jorge|Rubén", "Lucía|Carmen|Marta|Paula|Nerea|Begoña|Rocío|Inmaculada|Pilar",
                "García|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Ruiz|Jiménez|de la Cruz|Martín Ortega|Núñez de Arce|Gil-Robles|Iglesias|Etxeberria|Aguirre"),
    "mexican": ("GF", "José Luis|Juan Carlos|Mateo|Emiliano|Rodrigo|Iker|Diego", "Guadalupe|Ximena|Itzel|Xóchitl|Valentina|Camila|Fernanda|Renata",
                "Hernández López|Ramírez|Torres|Flores|Rivera|Castillo|Vázquez|Morales|Mendoza|Guzmán|Villaseñor|Ortiz de Montellano"),
    "andean": ("GF", "Inti|Wayra|Rolando|Edwin|Percy", "Killa|Sumaq|Yessenia|Rosmery|Nayeli", "Mamani|Quispe|Condori|Huamán|Choque|Apaza|Ticona"),
    "portuguese": ("GF", "João|Tiago|Rui|Gonçalo|Duarte|Nuno", "Inês|Beatriz|Mariana|Leonor|Matilde|Teresa",
                   "Silva|Santos|Ferreira|Pereira|Costa|Rodrigues|dos Santos|da Silva|Gonçalves|Magalhães|Sousa Tavares"),
    "brazilian": ("GF", "Thiago|Rafael|Vinícius|Gustavo|Leandro|Caio|Otávio", "Larissa|Juliana|Letícia|Bruna|Thaís|Gabriela|Luana",
                  "Oliveira|Souza|Lima|Carvalho|Almeida|Ribeiro|Barbosa|Araújo|Nascimento|Cavalcanti|de Albuquerque"),
    "italian": ("GF", "Giuseppe|Lorenzo|Alessandro|Matteo|Francesco|Davide|Gianluca|Salvatore", "Giulia|Chiara|Francesca|Alessia|Martina|Federica|Serena|Ilaria",
                "Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|De Luca|Di Stefano|D'Angelo|Lo Russo|Fontana|Caruso"),
    "polish": ("GF", "Piotr|Krzysztof|Tomasz|Paweł|Łukasz|Grzegorz|Wojciech", "Agnieszka|Katarzyna|Małgorzata|Magdalena|Joanna|Żaneta|Dorota",
               "Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik|Kamiński/Kamińska|Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Woźniak|Dąbrowski/Dąbrowska|Nowak|Grabowski/Grabowska"),
    "czech_slovak": ("GF", "Jiří|Petr|Tomáš|Ondřej|Lukáš|Miroslav", "Tereza|Veronika|Lucie|Kateřina|Zuzana|Jana",
                     "Novák/Nováková|Svoboda/Svobodová|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|Hrubý/Hrubá"),
    "hungarian": ("FG", "Bence|Levente|Gergely|Balázs|Zoltán|Ádám", "Zsófia|Réka|Eszter|Anikó|Dóra|Krisztina",
                  "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Szűcs"),
    "romanian": ("GF", "Andrei|Mihai|Ionuț|Bogdan|Cristian|Radu", "Ioana|Andreea|Alexandra|Roxana|Simona|Cosmina",
                 "Popescu|Ionescu|Dumitrescu|Munteanu|Constantinescu|Moldovan|Țăranu|Stoica"),
    "greek": ("GF", "Georgios|Dimitrios|Konstantinos|Nikolaos|Panagiotis|Stavros", "Eleni|Katerina|Vasiliki|Despina|Chrysoula|Athina",
              "Papadopoulos/Papadopoulou|Georgiou|Nikolaidis/Nikolaidou|Karagiannis/Karagianni|Oikonomou|Vlachos/Vlachou|Antoniadis/Antoniadou"),
    "scandinavian": ("GF", "Erik|Lars|Anders|Nils|Magnus|Henrik|Ole|Søren|Bjørn", "Astrid|Ingrid|Sigrid|Linnea|Maja|Freja|Solveig|Kirsten|Elin",
                     "Andersson|Johansson|Lindqvist|Bergström|Nilsson|Hansen|Johansen|Sørensen|Kristiansen|Østergaard|Åberg|Halvorsen|Lundgren"),
    "finnish": ("GF", "Juha|Mikko|Antti|Ville|Jukka|Tapio", "Aino|Kaisa|Sanna|Eveliina|Pirjo|Tuulikki",
                "Virtanen|Korhonen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen"),
    "icelandic": ("GF", "Gunnar|Sigurður|Ólafur|Halldór|Einar", "Guðrún|Sigríður|Katrín|Hildur|Ragnheiður",
                  "Jónsson/Jónsdóttir|Sigurðsson/Sigurðardóttir|Magnússon/Magnúsdóttir|Ólafsson/Ólafsdóttir|Einarsson/Einarsdóttir"),
    "baltic": ("GF", "Mantas|Tomas|Darius|Arvydas|Jānis|Raimonds", "Rūta|Eglė|Aistė|Ieva|Ilze|Līga",
               "Kazlauskas/Kazlauskienė|Petrauskas/Petrauskaitė|Jankauskas/Jankauskienė|Bērziņš/Bērziņa|Kalniņš/Kalniņa|Ozoliņš/Ozoliņa"),
    "russian": ("GF", "Dmitri|Sergei|Alexei|Nikolai|Vladimir|Mikhail|Yuri", "Yekaterina|Anastasia|Olga|Tatiana|Svetlana|Natalia|Ksenia",
                "Ivanov/Ivanova|Smirnov/Smirnova|Kuznetsov/Kuznetsova|Popov/Popova|Volkov/Volkova|Sokolov/Sokolova|Morozov/Morozova|Lebedev/Lebedeva"),
    "ukrainian": ("GF", "Oleksandr|Taras|Bohdan|Yaroslav|Mykola", "Oksana|Iryna|Olena|Halyna|Solomiia",
                  "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchuk|Melnyk|Hrytsenko"),
    "south_slavic": ("GF", "Nikola|Luka|Marko|Dragan|Goran|Dejan", "Ivana|Jelena|Milica|Snežana|Dragana|Mirela",
                     "Jovanović|Petrović|Horvat|Kovačević|Babić|Hadžić|Marić|Nikolić|Popović"),
    "turkish": ("GF", "Mehmet|Mustafa|Emre|Burak|Oğuz|Serkan|Hakan", "Ayşe|Elif|Zeynep|Büşra|Gülşen|Özlem|Merve",
                "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Kılıç"),
    "arabic": ("GF", "Mohammed|Ahmed|Omar|Khalid|Youssef|Tariq|Hamad|Faisal", "Fatima|Layla|Noor|Mariam|Huda|Rania|Dalia|Reem",
               "Al-Hashimi|Al-Farsi|El-Sayed|Haddad|Khoury|Mansour|Abdullah|Nasser|Saleh|Al-Qahtani|Al Nuaimi|Abu-Ghazaleh|Barakat"),
    "maghrebi": ("GF", "Karim|Mehdi|Yassine|Amine|Hicham|Rachid", "Samira|Nadia|Imane|Khadija|Soukaina|Lamia",
                 "Benali|Bouazza|El Amrani|Benjelloun|Haddadi|Boumediene|Ait Ouali|Cherkaoui"),
    "persian": ("GF", "Reza|Dariush|Arash|Kian|Babak|Mehrdad", "Shirin|Parisa|Nasrin|Leila|Golnaz|Mahsa",
                "Hosseini|Mohammadi|Rahimi|Tehrani|Jafari|Farahani|Sadeghi|Esfandiari"),
    "hebrew": ("GF", "Yonatan|Noam|Eitan|Itai|Amit", "Yael|Tamar|Shira|Michal|Avital",
               "Mizrahi|Peretz|Biton|Friedman|Ben-David|Avraham|Shapiro|Katz"),
    "caucasus": ("GF", "Tigran|Armen|Davit|Levan|Irakli|Rustam", "Anahit|Lilit|Nino|Tamari|Mariam|Sevinj",
                 "Hovhannisyan|Sargsyan|Grigoryan|Kapanadze|Gelashvili|Tsiklauri|Aliyev/Aliyeva|Mammadov/Mammadova"),
    "central_asian": ("GF", "Nurlan|Yerlan|Aibek|Timur|Bakhtiyor|Azamat", "Dilnoza|Madina|Gulnara|Aizhan|Zarina|Nodira",
                      "Abdullaev/Abdullaeva|Karimov/Karimova|Seitkali|Zhaksylykov/Zhaksylykova|Rakhimov/Rakhimova|Tursunov/Tursunova|Omurbekov/Omurbekova"),
    "north_indian": ("GF", "Rohan|Vikram|Aditya|Rahul|Siddharth|Amitabh|Kunal", "Ananya|Deepika|Sneha|Kavya|Pooja|Nandini|Shreya",
                     "Verma|Gupta|Agarwal|Mehta|Chaudhary|Joshi|Malhotra|Kapoor|Srivastava|Bhatt|Trivedi"),
    "south_indian": ("GF", "Suresh|Venkatesh|Ramesh|Arvind|Prasanth|Harish", "Divya|Meenakshi|Revathi|Anitha|Kavitha|Sowmya",
                     "Iyer|Nair|Pillai|Krishnamurthy|Raghavan|Menon|Naidu|Gopalakrishnan"),
    "bengali": ("GF", "Sourav|Tanvir|Rafiq|Debashish|Anirban", "Nusrat|Farhana|Tahmina|Rituparna|Sharmin",
                "Chatterjee|Banerjee|Mukherjee|Chowdhury|Rahman|Hossain|Sen|Bhattacharya"),
    "punjabi_pakistani": ("GF", "Bilal|Usman|Hamza|Imran|Gurpreet|Manpreet", "Sana|Hira|Mahnoor|Jaspreet|Simran|Zainab",
                          "Malik|Butt|Sheikh|Siddiqui|Chaudhry|Akhtar|Mirza|Gill|Sandhu|Dhillon"),
    "sinhala_tamil_lk": ("GF", "Chaminda|Kasun|Lahiru|Tharindu|Ravindran", "Dilani|Sanduni|Nadeesha|Ishara|Thilini",
                         "Fernando|Jayasinghe|Wickramasinghe|Bandara|Gunawardena|Dissanayake|Rajapaksha"),
    "nepali": ("GF", "Bishal|Sagar|Prakash|Ramesh|Suman", "Sabina|Anjali|Srijana|Sunita|Pratima", "Shrestha|Gurung|Tamang|Thapa|Adhikari|Maharjan|Rai"),
    "chinese": ("CJK", "Hao|Zhiwei|Xiaoming|Yuxuan|Haoran|Junjie|Bo|Tao", "Jing|Xiuying|Mei|Yan|Ling|Xin|Yuting|Ruoxi",
                "Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Wu|Xu|Hu|Guo|Lin|Gao|Zheng"),
    "cantonese": ("CJK", "Ka-wai|Chi-keung|Wing-kit|Man-ho", "Wing-yan|Mei-ling|Hoi-yan|Suk-fan",
                  "Chan|Wong|Cheung|Leung|Lau|Tsang|Yeung|Kwok"),
    "japanese": ("CJK", "Haruto|Sota|Yuto|Takeshi|Hiroshi|Daisuke|Shota|Ryo", "Yui|Aoi|Sakura|Yuki|Haruka|Ayaka|Nanami|Mio",
                 "Suzuki|Takahashi|Watanabe|Ito|Yamamoto|Kobayashi|Kato|Yoshida|Matsumoto|Inoue|Kimura|Hayashi|Shimizu"),
    "korean": ("CJK", "Do-yun|Jae-won|Hyun-woo|Sung-min|Tae-yang", "Ha-eun|Su-bin|Ye-jin|Ji-woo|Eun-ji",
               "Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo"),
    "vietnamese": ("FG", "Minh|Huy|Dũng|Quang|Tuấn|Hiếu|Khoa", "Thảo|Lan|Hương|Trang|Ngọc|Phương|Hạnh",
                   "Nguyễn|Trần|Lê|Phạm|Hoàng|Phan|Vũ|Đặng|Bùi|Huỳnh"),
    "thai": ("GF", "Anan|Kittisak|Niran|Thanawat|Somsak", "Siriporn|Ploy|Nattaya|Kanokwan|Pimchanok",
             "Wongsawat|Chaiyaporn|Rattanakorn|Thongchai|Saelim|Kittikhun|Boonyarat"),
    "filipino": ("GF", "Jericho|Rodel|John Paul|Jomar|Arnel", "Maricel|Jocelyn|Kristine|Rowena|Lovely",
                 "dela Cruz|Bautista|Villanueva|Aquino|Macaraeg|Dimaculangan|Pangilinan|de Guzman"),
    "indonesian": ("GF", "Budi|Agus|Rizky|Bambang|Eko", "Dewi|Putri|Wulan|Ratna|Indah", "Santoso|Wijaya|Hidayat|Pratama|Kusuma|Nugroho|Setiawan"),
    "malay": ("GF", "Azlan|Faizal|Hafiz|Syafiq|Amirul", "Nurul|Aisyah|Farah|Syazwani|Najwa",
              "bin Abdullah/binti Abdullah|bin Ismail/binti Ismail|bin Hassan/binti Hassan|bin Yusof/binti Yusof|bin Osman/binti Osman"),
    "nigerian": ("GF", "Oluwaseun|Chinedu|Emeka|Tunde|Ikechukwu|Babatunde", "Ngozi|Chiamaka|Funmilayo|Adaeze|Folake|Yetunde",
                 "Adeyemi|Okafor|Okonkwo|Balogun|Nwosu|Eze|Ogunleye|Chukwu|Adewale|Onyekachi"),
    "ghanaian": ("GF", "Kwame|Kofi|Kwabena|Yaw|Kojo", "Akosua|Abena|Efua|Adjoa|Afua", "Mensah|Asante|Owusu|Boateng|Osei|Agyeman|Appiah"),
    "east_african": ("GF", "Baraka|Juma|Otieno|Kiprono|Mwita", "Wanjiru|Amina|Zawadi|Achieng|Nyokabi",
                     "Kamau|Mwangi|Odhiambo|Njoroge|Kiprop|Ochieng|Mutua|Wafula"),
    "horn_of_africa": ("GF", "Dawit|Tesfaye|Yohannes|Abdirahman|Mohamud", "Meron|Hiwot|Tigist|Hodan|Ifrah",
                       "Girma|Haile|Mengistu|Wolde|Gebremedhin|Warsame|Hirsi"),
    "southern_african": ("GF", "Sipho|Thabo|Mandla|Johan|Wouter|Riaan", "Lerato|Nomvula|Thandeka|Annelie|Marlize",
                         "Dlamini|Nkosi|Ndlovu|Khumalo|Mokoena|van der Merwe|Botha|du Plessis|Pretorius|Coetzee"),
    "pacific": ("GF", "Wiremu|Sione|Tevita|Manaia|Rawiri", "Aroha|Mere|Losana|Mele|Moana",
                "Ngata|Te Whare|Parata|Faleolo|Tuilagi|Fifita|Vaipulu|Tuisawau"),
    "haitian_caribbean": ("GF", "Wilner|Jean-Robert|Marc-Antoine|Desmond|Winston", "Fabiola|Marlène|Nadège|Shanice|Keisha",
                          "Jean-Louis|Pierre-Louis|Célestin|Toussaint|Baptiste|Joseph-Noël|Campbell"),
}

# Native-script pairs: (tradition, given, family, romanised given, romanised family, gender)
NATIVE = [
    ("ja", "太郎", "山田", "Taro", "Yamada", "m"), ("ja", "陽菜", "佐藤", "Hina", "Sato", "f"),
    ("ja", "健二", "田中", "Kenji", "Tanaka", "m"), ("ja", "美咲", "中村", "Misaki", "Nakamura", "f"),
    ("zh", "伟", "王", "Wei", "Wang", "m"), ("zh", "秀英", "李", "Xiuying", "Li", "f"),
    ("zh", "建国", "张", "Jianguo", "Zhang", "m"), ("zh", "芳", "刘", "Fang", "Liu", "f"),
    ("zh", "志强", "陈", "Zhiqiang", "Chen", "m"),
    ("ko", "민준", "김", "Min-jun", "Kim", "m"), ("ko", "서연", "이", "Seo-yeon", "Lee", "f"),
    ("ko", "지훈", "박", "Ji-hoon", "Park", "m"),
    ("ru", "Дмитрий", "Смирнов", "Dmitry", "Smirnov", "m"), ("ru", "Анна", "Кузнецова", "Anna", "Kuznetsova", "f"),
    ("ru", "Сергей", "Волков", "Sergey", "Volkov", "m"),
    ("uk", "Олена", "Шевченко", "Olena", "Shevchenko", "f"), ("uk", "Тарас", "Коваленко", "Taras", "Kovalenko", "m"),
    ("sr", "Марко", "Јовановић", "Marko", "Jovanovic", "m"), ("bg", "Иван", "Георгиев", "Ivan", "Georgiev", "m"),
    ("kk", "Айгерім", "Нұрланова", "Aigerim", "Nurlanova", "f"),
    ("el", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "m"), ("el", "Ελένη", "Νικολάου", "Eleni", "Nikolaou", "f"),
    ("ar", "محمد", "الحسن", "Mohammed", "Al-Hassan", "m"), ("ar", "فاطمة", "الزهراني", "Fatima", "Al-Zahrani", "f"),
    ("ar", "عمر", "منصور", "Omar", "Mansour", "m"),
    ("fa", "رضا", "حسینی", "Reza", "Hosseini", "m"), ("fa", "شیرین", "کریمی", "Shirin", "Karimi", "f"),
    ("he", "יונתן", "כהן", "Yonatan", "Cohen", "m"), ("he", "נועה", "לוי", "Noa", "Levi", "f"),
    ("hi", "अर्जुन", "शर्मा", "Arjun", "Sharma", "m"), ("hi", "प्रिया", "वर्मा", "Priya", "Verma", "f"),
    ("mr", "सचिन", "पाटील", "Sachin", "Patil", "m"), ("bn", "অর্ণব", "দাশগুপ্ত", "Arnab", "Dasgupta", "m"),
    ("ta", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", "m"), ("ta", "லட்சுமி", "ராமன்", "Lakshmi", "Raman", "f"),
    ("te", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", "m"), ("gu", "હાર્દિક", "પટેલ", "Hardik", "Patel", "m"),
    ("pa", "ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Harpreet", "Kaur", "f"), ("ur", "عائشہ", "قریشی", "Ayesha", "Qureshi", "f"),
    ("si", "නුවන්", "පෙරේරා", "Nuwan", "Perera", "m"),
    ("th", "สมชาย", "ใจดี", "Somchai", "Jaidee", "m"), ("th", "มาลี", "ศรีสุข", "Malee", "Srisuk", "f"),
    ("ka", "გიორგი", "ბერიძე", "Giorgi", "Beridze", "m"), ("hy", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", "m"),
    ("am", "አበበ", "በቀለ", "Abebe", "Bekele", "m"), ("am", "ሰላም", "ታደሰ", "Selam", "Tadesse", "f"),
    ("km", "សុភា", "ចាន់", "Sophea", "Chan", "f"),
]
_NO_SPACE = {"ja", "zh", "ko"}
_FAMILY_FIRST_NATIVE = {"ja", "zh", "ko", "km"}
PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "da", "dos", "von", "zu", "ter", "op", "'t", "bin", "binti",
             "al", "el", "ap", "d'", "di", "lo", "te", "dela", "y", "ó", "ní", "mac", "abu", "ben", "ait"}
_FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                       "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE"})


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(c for c in s if not unicodedata.combining(c))


def _split(s: str) -> list[str]:
    return [x for x in s.split("|") if x]


def stats() -> tuple[int, int, int, int]:
    given, fam = set(), set()
    for _o, m, f, s in T.values():
        given.update(_split(m) + _split(f))
        for x in _split(s):
            fam.update(x.split("/"))
    for _t, _g, _f, rg, rf, _s in NATIVE:
        given.add(rg)
        fam.add(rf)
    return len(given), len(fam), len(T) + len({n[0] for n in NATIVE} - {"ja", "zh", "ko"}), len(NATIVE)


class Person:
    def __init__(self, rng, langs: tuple[str, ...] | None = None) -> None:
        """langs: draw a native-script person of one of these languages (family-specific scripts)."""
        self.rng = rng
        self.native = None
        self.order = "GF"
        self.middle = ""
        if langs or rng.random() < 0.14:
            pool = [n for n in NATIVE if not langs or n[0] in langs]
            lang, gn, fn, rg, rf, sex = rng.choice(pool)
            self.trad, self.sex = lang, sex
            self.given, self.family = rg, rf
            sep = "" if lang in _NO_SPACE else " "
            ff = lang in _FAMILY_FIRST_NATIVE
            self.native = (gn, fn, (fn + sep + gn) if ff else (gn + sep + fn))
            self.order = "FG" if lang in _FAMILY_FIRST_NATIVE and rng.random() < 0.5 else "GF"
        else:
            self.trad = rng.choice(sorted(T))
            order, m, f, s = T[self.trad]
            self.sex = rng.choice("mf")
            self.given = rng.choice(_split(m if self.sex == "m" else f))
            fam = rng.choice(_split(s)).split("/")
            self.family = fam[-1] if self.sex == "f" else fam[0]
            if order == "FG":
                self.order = "FG"
            elif order == "CJK":
                self.order = "FG" if rng.random() < 0.5 else "GF"
            if self.trad == "vietnamese":
                self.middle = "Văn" if self.sex == "m" else "Thị"
        self.use_native = self.native is not None and (bool(langs) or rng.random() < 0.6)
        self.derived: set[str] = set()

    # -- display forms
    def full(self) -> str:
        """The name as its owner writes it (native script when drawn so)."""
        if self.use_native:
            return self.native[2]
        return self.roman()

    def roman(self) -> str:
        g = f"{self.middle} {self.given}" if self.middle else self.given
        return f"{self.family} {g}" if self.order == "FG" else f"{self.given} {self.family}"

    def gf(self) -> str:
        return f"{self.given} {self.family}"

    def first(self) -> str:
        return self.native[0] if self.use_native else self.given

    def last(self) -> str:
        return self.native[1] if self.use_native else self.family

    def last_first(self) -> str:
        return f"{self.family}, {self.given}"

    def caps(self) -> str:
        return self.roman().upper()

    def slash(self) -> str:
        """SURNAME/GIVEN, ASCII-folded upper case, spaces and marks dropped as in travel/EMV fields."""
        f = fold(self.family).upper().replace("'", "")
        g = fold(self.given).upper().replace("-", " ")
        return f"{f}/{g}"

    def initial_last(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def last_initial(self, upper: bool = True) -> str:
        s = f"{self.family} {self.given[0]}"
        return s.upper() if upper else s

    # -- accounts and e-mails
    def _parts(self) -> tuple[str, str]:
        g = fold(self.given).lower().replace("-", "").replace(" ", "").replace("'", "")
        f = fold(self.family).lower().replace("-", "").replace(" ", "").replace("'", "")
        return g, f

    def acct(self, style: str | None = None, digits: bool | None = None) -> str:
        """An account name derived from the person; with no arguments, the person's one login (cached)."""
        if style is None and digits is None:
            if not hasattr(self, "_login"):
                self._login = self.acct(self.rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast",
                                                         "lastf", "f.last", "last.first", "flast", "first.last"]),
                                        self.rng.random() < 0.25)
            return self._login
        g, f = self._parts()
        a = {"first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "first_last": f"{g}_{f}",
             "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
             "first": g}[style]
        if digits:
            a += str(self.rng.randint(1, 99))
        self.derived.add(a)
        return a

    def email(self, domain: str | None = None) -> str:
        from values import EMAIL_DOMAINS
        local = self.acct(self.rng.choice(["first.last", "flast", "first_last", "firstlast", "f.last", "first.last"]))
        return f"{local}@{domain or self.rng.choice(EMAIL_DOMAINS)}"

    # -- leak-check words
    def words(self) -> set[str]:
        out = set(self.derived)
        for s in (self.given, self.family, self.middle):
            for w in s.replace("-", " ").split():
                if w.lower() not in PARTICLES and len(w) > 1:
                    out.add(w)
                    out.add(fold(w))
        if self.native:
            for s in self.native:
                out.update(s.split())
        return {w for w in out if w}
