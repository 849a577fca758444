"""Hand-written person names for pack_m (research computing, laboratories and science).

Written for this pack from general knowledge; no names package, no list copied from anywhere.
Each tradition: code, region, order ("gf" given-first, "fg" family-first native), male given names,
female given names, surnames. A surname written "m/f" has gendered forms (Polish, Czech, Russian, ...).
``python names.py`` prints the statistics of the lists.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

TRADITIONS = [
    # ---- Europe
    ("english", "Europe", "gf", "Oliver|Harry|George|Thomas|Edward|Samuel|Callum|Rupert",
     "Amelia|Charlotte|Imogen|Harriet|Eleanor|Lucy|Phoebe|Rosalind",
     "Whitfield|Ashworth|Pemberton|Thornton|Hargreaves|Blackwood|Fairbairn|Ellison|Cartwright|Lister"),
    ("scottish", "Europe", "gf", "Alasdair|Ewan|Hamish|Fraser|Angus|Lachlan", "Isla|Morag|Eilidh|Kirsty|Fiona|Catriona",
     "MacLeod|McKenzie|Macdonald|Buchanan|Drummond|McIntyre|Robertson|MacGregor"),
    ("irish", "Europe", "gf", "Cian|Oisín|Tadhg|Ciarán|Donal|Padraig", "Aoife|Siobhán|Niamh|Saoirse|Orla|Gráinne",
     "O'Sullivan|Ó Briain|O'Donnell|McCarthy|Ní Bhriain|Fitzgerald|Ó Ceallaigh|Breathnach"),
    ("welsh", "Europe", "gf", "Rhys|Gethin|Dafydd|Iwan|Emyr", "Cerys|Nia|Ffion|Angharad|Bethan",
     "Llewellyn|Pritchard|ap Gwilym|Vaughan|Pugh|Gruffydd"),
    ("french", "Europe", "gf", "Benoît|Étienne|Mathieu|Thibault|Jean-Luc|Rémi|Gaël|Loïc",
     "Amélie|Céline|Hélène|Margaux|Anne-Sophie|Maëlle|Solène|Élodie",
     "Lefèvre|Dubois|Moreau|de la Fontaine|Le Goff|d'Argenson|Rousseau|Giraud|Duval|Chevalier|du Pré"),
    ("german", "Europe", "gf", "Jürgen|Klaus-Peter|Lukas|Maximilian|Tobias|Florian|Jörg|Matthias",
     "Katharina|Anneliese|Lena|Franziska|Ute|Sabine|Jana|Mareike",
     "Schröder|Weißmann|Hoffmann|von Stein|Becker|Köhler|Zimmermann|Fuchs|zu Solms|Brandt|Vogel"),
    ("swiss_austrian", "Europe", "gf", "Urs|Reto|Beat|Florian|Andreas", "Regula|Corinne|Verena|Nadja|Theresia",
     "Gruber|Huber|Brunner|Steiner|Moser|Egger|Wyss"),
    ("dutch", "Europe", "gf", "Joost|Pieter|Bram|Sander|Maarten|Wouter|Thijs",
     "Sanne|Femke|Marloes|Anouk|Lotte|Eline|Ilse",
     "van der Berg|de Vries|van Dijk|Bakker|ter Horst|van 't Hof|Visser|Meijer|van Leeuwen|de Jong"),
    ("flemish", "Europe", "gf", "Wim|Koen|Stijn|Jeroen|Dries", "Griet|Liesbeth|Annelies|Katrien|Ine",
     "Vermeulen|De Smet|Claes|Van den Broeck|Maes|Goossens"),
    ("danish", "Europe", "gf", "Søren|Mads|Rasmus|Anders|Kasper", "Mette|Signe|Ida|Freja|Birgitte",
     "Sørensen|Kjær|Mikkelsen|Østergaard|Dahl|Lauridsen"),
    ("swedish", "Europe", "gf", "Björn|Johan|Erik|Oskar|Måns|Henrik", "Åsa|Ingrid|Elin|Maja|Linnéa|Karin",
     "Lindqvist|Åkesson|Sjöberg|Bergström|Nyström|Holmgren|Ekdahl"),
    ("norwegian", "Europe", "gf", "Håkon|Sindre|Eirik|Trygve|Øyvind", "Ingvild|Solveig|Tuva|Ragnhild|Synnøve",
     "Haugen|Bakken|Solberg|Fjeldstad|Aas|Strand"),
    ("finnish", "Europe", "gf", "Juha|Antti|Mikko|Ville|Jukka|Tapio", "Aino|Päivi|Riikka|Satu|Tuulikki|Elina",
     "Mäkinen|Virtanen|Korhonen|Nieminen|Järvinen|Heikkilä|Lehtonen"),
    ("icelandic", "Europe", "gf", "Sigurður|Gunnar|Einar|Ragnar|Þórir", "Guðrún|Sigríður|Katrín|Hildur|Þórunn",
     "Jónsson/Jónsdóttir|Magnússon/Magnúsdóttir|Ólafsson/Ólafsdóttir|Stefánsson/Stefánsdóttir|"
     "Gunnarsson/Gunnarsdóttir"),
    ("estonian", "Europe", "gf", "Tõnu|Jaan|Priit|Margus|Indrek", "Kadri|Liis|Triin|Maarja|Piret",
     "Tamm|Saar|Sepp|Kask|Põder|Mägi"),
    ("latvian", "Europe", "gf", "Jānis|Andris|Kārlis|Edgars|Māris", "Līga|Ilze|Dace|Inese|Zane",
     "Bērziņš/Bērziņa|Kalniņš/Kalniņa|Ozols/Ozola|Liepiņš/Liepiņa|Krūmiņš/Krūmiņa"),
    ("lithuanian", "Europe", "gf", "Mindaugas|Tomas|Darius|Vytautas|Linas", "Rūta|Eglė|Giedrė|Jurgita|Aušra",
     "Kazlauskas/Kazlauskienė|Petrauskas/Petrauskaitė|Jankauskas/Jankauskienė|Žukauskas/Žukauskaitė|"
     "Stankevičius/Stankevičiūtė"),
    ("polish", "Europe", "gf", "Paweł|Krzysztof|Łukasz|Tomasz|Grzegorz|Wojciech|Michał",
     "Agnieszka|Małgorzata|Katarzyna|Joanna|Zofia|Magdalena|Ewa",
     "Kowalski/Kowalska|Wiśniewski/Wiśniewska|Zieliński/Zielińska|Nowak/Nowak|Wójcik/Wójcik|"
     "Kamiński/Kamińska|Lewandowski/Lewandowska|Szymański/Szymańska|Dąbrowski/Dąbrowska"),
    ("czech", "Europe", "gf", "Jiří|Tomáš|Ondřej|Petr|Vojtěch|Lukáš", "Lenka|Kateřina|Tereza|Zuzana|Markéta|Hana",
     "Novák/Nováková|Dvořák/Dvořáková|Procházka/Procházková|Černý/Černá|Svoboda/Svobodová|"
     "Kučera/Kučerová|Veselý/Veselá"),
    ("slovak", "Europe", "gf", "Marek|Juraj|Peter|Ľubomír|Matúš", "Ľubica|Zuzana|Michaela|Andrea|Katarína",
     "Horváth/Horváthová|Kováč/Kováčová|Baláž/Balážová|Tóth/Tóthová|Hudák/Hudáková"),
    ("hungarian", "Europe", "fg", "Zoltán|László|Gábor|Bence|Csaba|Ferenc", "Katalin|Zsófia|Erzsébet|Ildikó|Réka|Anikó",
     "Nagy|Kovács|Szabó|Horváth|Varga|Tóth|Farkas|Balogh|Szőke"),
    ("romanian", "Europe", "gf", "Andrei|Mihai|Radu|Bogdan|Ștefan|Călin", "Ioana|Andreea|Mihaela|Raluca|Oana|Irina",
     "Popescu|Ionescu|Dumitrescu|Constantinescu|Stănescu|Munteanu|Țurcanu"),
    ("bulgarian", "Europe", "gf", "Georgi|Dimitar|Stoyan|Ivaylo|Nikolay", "Desislava|Radostina|Tsvetelina|Milena|Gergana",
     "Dimitrov/Dimitrova|Ivanov/Ivanova|Georgiev/Georgieva|Stoyanov/Stoyanova|Petkov/Petkova"),
    ("bcs", "Europe", "gf", "Miloš|Dragan|Nikola|Luka|Ivan|Goran", "Jelena|Milica|Ana|Ivana|Dragana|Maja",
     "Jovanović|Petrović|Horvat|Kovačević|Babić|Đorđević|Nikolić|Marković"),
    ("slovene", "Europe", "gf", "Janez|Matej|Rok|Žiga", "Špela|Nina|Urška|Maja", "Novak|Krajnc|Zupančič|Kranjc"),
    ("greek", "Europe", "gf", "Nikos|Giorgos|Konstantinos|Dimitris|Vasilis|Thanasis",
     "Eleni|Katerina|Maria|Sofia|Despina|Ioanna",
     "Papadopoulos/Papadopoulou|Georgiou/Georgiou|Nikolaidis/Nikolaidou|Konstantinidis/Konstantinidou|"
     "Oikonomou/Oikonomou|Karagiannis/Karagianni|Vlachos/Vlachou"),
    ("italian", "Europe", "gf", "Giuseppe|Alessandro|Matteo|Lorenzo|Gianluca|Niccolò|Pierpaolo",
     "Giulia|Chiara|Francesca|Martina|Federica|Benedetta|Ilaria",
     "Esposito|Bianchi|Romano|Colombo|De Luca|Di Stefano|Della Rovere|Ferraro|Mancini|Lo Presti|Galli"),
    ("spanish", "Europe", "gf", "Javier|Álvaro|Sergio|Íñigo|José Manuel|Rubén|Alejandro",
     "Lucía|María José|Nerea|Ainhoa|Begoña|Inmaculada|Rocío",
     "García Márquez|Fernández|López de la Torre|Martínez Ruiz|Sánchez|Ortega|del Río|Muñoz|Gutiérrez|Iglesias"),
    ("catalan", "Europe", "gf", "Jordi|Pau|Oriol|Quim|Arnau", "Montserrat|Núria|Mireia|Laia|Meritxell",
     "Puig|Ferrer|Vilanova|Soler|Casals|Roig i Bosch"),
    ("basque", "Europe", "gf", "Iker|Unai|Xabier|Gorka|Aitor", "Itziar|Amaia|Leire|Maite|Garazi",
     "Etxeberria|Goikoetxea|Agirre|Urrutia|Zubizarreta"),
    ("portuguese", "Europe", "gf", "João|Tiago|Rui|Gonçalo|Duarte|Nuno", "Inês|Beatriz|Leonor|Joana|Mafalda|Conceição",
     "Gonçalves|Pereira|da Silva|dos Santos|Carvalho|Magalhães|Rodrigues"),
    ("maltese", "Europe", "gf", "Ġorġ|Karmenu|Ċensu|Luke", "Marija|Ċettina|Rita|Roberta", "Borg|Camilleri|Żammit|Farrugia"),
    ("albanian", "Europe", "gf", "Arben|Dritan|Ilir|Besnik", "Drita|Elira|Arta|Blerta", "Hoxha|Krasniqi|Shehu|Berisha|Gashi"),
    ("russian", "Europe", "gf", "Dmitry|Sergey|Aleksandr|Mikhail|Yuri|Vladislav",
     "Natalya|Yekaterina|Olga|Svetlana|Tatyana|Anastasia",
     "Ivanov/Ivanova|Smirnov/Smirnova|Kuznetsov/Kuznetsova|Sokolov/Sokolova|Popov/Popova|Morozov/Morozova|"
     "Volkov/Volkova"),
    ("ukrainian", "Europe", "gf", "Oleksandr|Taras|Bohdan|Andriy|Mykola", "Oksana|Olena|Iryna|Halyna|Yulia",
     "Kovalenko|Shevchenko|Bondarenko|Tkachenko|Melnyk|Kravchuk"),
    ("turkish", "Europe", "gf", "Mehmet|Emre|Burak|Oğuz|Çağlar|Serkan", "Elif|Zeynep|Ayşe|Gülşen|Özlem|Şebnem",
     "Yılmaz|Öztürk|Kaya|Çelik|Şahin|Aydın|Doğan|Güneş"),
    # ---- Middle East, North Africa
    ("arabic_levant", "Middle East", "gf", "Karim|Samir|Ziad|Rami|Nabil|Tarek", "Rania|Lina|Dina|Nour|Maha|Hiba",
     "Haddad|Khoury|Al-Masri|Nassar|Saab|Abou Jaoude|El-Hage"),
    ("arabic_gulf", "Middle East", "gf", "Abdullah|Faisal|Khalid|Sultan|Hamad", "Noura|Aisha|Maryam|Hessa|Latifa",
     "Al Nahyan|Al-Qahtani|bin Rashid|Al-Otaibi|Al Mansoori|Al-Harbi"),
    ("egyptian", "North Africa", "gf", "Mostafa|Ahmed|Hossam|Sherif|Amr", "Yasmin|Mona|Heba|Shaimaa|Nermeen",
     "Abdel-Rahman|El-Sayed|Fathy|Mahmoud|Shehata|Ibrahim"),
    ("maghrebi", "North Africa", "gf", "Youssef|Mehdi|Rachid|Hamza|Nassim", "Samira|Khadija|Imane|Soukaina|Amel",
     "Benali|El Amrani|Bouzid|Haddadi|Ben Youssef|Cherkaoui|Belkacem"),
    ("persian", "Middle East", "gf", "Reza|Dariush|Kourosh|Arash|Babak", "Shirin|Parisa|Niloufar|Maryam|Golnaz",
     "Hosseini|Rahimi|Tehrani|Moradi|Jafari|Ahmadinezhad"),
    ("hebrew", "Middle East", "gf", "Yossi|Eitan|Noam|Avi|Itai", "Noa|Tamar|Shira|Yael|Michal",
     "Cohen|Levi|Mizrahi|Friedman|Ben-David|Peretz|Avraham"),
    ("kurdish", "Middle East", "gf", "Rebin|Shvan|Dilshad|Karwan", "Rojda|Shilan|Nazdar|Berivan", "Barzani|Zebari|Talabani|Hawrami"),
    # ---- Caucasus, Central Asia
    ("georgian", "Caucasus", "gf", "Giorgi|Levan|Davit|Irakli|Zurab", "Nino|Tamar|Mariam|Ketevan|Salome",
     "Beridze|Kapanadze|Gelashvili|Lomidze|Tsiklauri|Javakhishvili"),
    ("armenian", "Caucasus", "gf", "Aram|Tigran|Hovhannes|Vardan|Armen", "Anahit|Lusine|Siranush|Nare|Ani",
     "Petrosyan|Sargsyan|Hakobyan|Grigoryan|Vardanyan|Khachatryan"),
    ("azerbaijani", "Caucasus", "gf", "Elvin|Rashad|Tural|Orkhan", "Leyla|Gunel|Aysel|Nigar",
     "Aliyev/Aliyeva|Mammadov/Mammadova|Huseynov/Huseynova|Guliyev/Guliyeva"),
    ("kazakh", "Central Asia", "gf", "Nursultan|Yerlan|Daniyar|Askar|Arman", "Aigerim|Dana|Madina|Zhanar|Aruzhan",
     "Nurlanov/Nurlanova|Seitkali|Abenov/Abenova|Smagulov/Smagulova|Zhakupov/Zhakupova"),
    ("uzbek", "Central Asia", "gf", "Sardor|Jasur|Bekzod|Otabek", "Dilnoza|Gulnora|Nilufar|Malika",
     "Karimov/Karimova|Yusupov/Yusupova|Rakhimov/Rakhimova|Tursunov/Tursunova"),
    # ---- South Asia
    ("north_indian", "South Asia", "gf", "Rahul|Vikram|Arjun|Aditya|Rohit|Siddharth", "Priya|Ananya|Neha|Shruti|Pooja|Kavita",
     "Sharma|Verma|Gupta|Agarwal|Mehta|Chaturvedi|Srivastava|Bhattacharya"),
    ("south_indian", "South Asia", "gf", "Karthik|Srinivas|Venkatesh|Arun|Pradeep", "Lakshmi|Divya|Meenakshi|Harini|Swathi",
     "Subramanian|Reddy|Iyer|Krishnamurthy|Nair|Raghunathan|Venkataraman"),
    ("bengali", "South Asia", "gf", "Anik|Sourav|Arnab|Tanvir|Rafiq", "Rituparna|Moumita|Nusrat|Sharmila|Farzana",
     "Chowdhury|Rahman|Mukherjee|Banerjee|Hossain|Chatterjee"),
    ("punjabi", "South Asia", "gf", "Harpreet|Gurpreet|Jaspreet|Manpreet|Amrit", "Simran|Navneet|Jasleen|Harleen|Kiranjit",
     "Singh/Kaur|Gill|Dhillon|Sandhu|Grewal|Sidhu"),
    ("pakistani", "South Asia", "gf", "Usman|Bilal|Hamza|Faisal|Imran", "Ayesha|Sana|Mahnoor|Hira|Zainab",
     "Qureshi|Siddiqui|Malik|Butt|Chaudhry|Abbasi"),
    ("sinhala", "South Asia", "gf", "Chamara|Kasun|Nuwan|Dilshan", "Nadeesha|Sanduni|Ishara|Thilini",
     "Perera|Fernando|Jayasuriya|Wickramasinghe|Gunawardena"),
    ("nepali", "South Asia", "gf", "Bikash|Suman|Prakash|Rajendra", "Sabina|Anjana|Sushma|Pramila",
     "Shrestha|Thapa|Gurung|Adhikari|Maharjan"),
    # ---- East Asia (romanised; order decided per person)
    ("chinese", "East Asia", "fg", "Wei|Jun|Hao|Zhiqiang|Yifan|Chenxi|Tao", "Xiaoling|Mei|Yan|Jing|Xinyi|Ruoxi|Lan",
     "Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Sun"),
    ("cantonese", "East Asia", "fg", "Ka-ho|Wing-kit|Chi-wai|Siu-ming", "Mei-ling|Wing-yan|Ka-yan|Hoi-ying",
     "Chan|Wong|Leung|Cheung|Lau|Ng"),
    ("japanese", "East Asia", "fg", "Kenta|Haruto|Takeshi|Ryōsuke|Daisuke|Shōta", "Yui|Aoi|Haruka|Misaki|Yūko|Naoko",
     "Yamamoto|Nakamura|Kobayashi|Itō|Watanabe|Saitō|Matsumoto|Inoue"),
    ("korean", "East Asia", "fg", "Min-jun|Ji-hoon|Seo-jun|Hyun-woo|Dong-hyun", "Seo-yeon|Ji-woo|Ha-eun|Soo-ah|Min-seo",
     "Kim|Lee|Park|Choi|Jung|Kang|Yoon|Han"),
    ("mongolian", "East Asia", "gf", "Batbayar|Ganbold|Temuulen|Erdene", "Oyunchimeg|Saruul|Enkhjargal|Narantsetseg",
     "Dorj|Bold|Tsogt|Ganzorig"),
    # ---- South-East Asia
    ("vietnamese", "South-East Asia", "fg", "Văn An|Minh Tuấn|Quang Huy|Đức Anh|Hoàng Nam",
     "Thị Lan|Thu Trang|Ngọc Ánh|Thanh Hương|Phương Linh",
     "Nguyễn|Trần|Lê|Phạm|Hoàng|Võ|Đặng|Bùi"),
    ("thai", "South-East Asia", "gf", "Somchai|Anurak|Kittisak|Thanawat|Prasert", "Siriporn|Kanokwan|Pimchanok|Napha|Ratana",
     "Srisuk|Wongsawat|Chaiyaphum|Saengthong|Rattanakorn|Boonmee"),
    ("filipino", "South-East Asia", "gf", "Jose Miguel|Rodel|Jericho|Paolo|Mark Anthony",
     "Maricel|Kristine Joy|Rowena|Lorna|Angelica", "Dela Cruz|Santos|Reyes|Bautista|Villanueva|Macaraeg|Dimaculangan"),
    ("indonesian", "South-East Asia", "gf", "Budi|Agus|Wahyu|Rizky|Dedi", "Sri|Dewi|Putri|Ayu|Rina",
     "Santoso|Wijaya|Hidayat|Kusuma|Setiawan|Pratama"),
    ("malay", "South-East Asia", "gf", "Ahmad Faiz|Muhammad Hafiz|Azlan|Syafiq", "Nurul Aina|Siti Aisyah|Farah|Aminah",
     "bin Abdullah/binti Abdullah|bin Ismail/binti Ismail|bin Hassan/binti Hassan|bin Yusof/binti Yusof"),
    ("burmese", "South-East Asia", "gf", "Aung|Kyaw|Min|Zaw", "Thandar|Khin|Su|Aye", "Htet|Win|Naing|Oo|Myint"),
    # ---- Africa
    ("yoruba", "West Africa", "gf", "Oluwaseun|Babatunde|Adebayo|Ayodele|Olumide", "Folake|Adeola|Titilayo|Yetunde|Oluwakemi",
     "Adeyemi|Ogunleye|Akinola|Oyelaran|Adebisi|Olatunji"),
    ("igbo", "West Africa", "gf", "Chinedu|Emeka|Obinna|Ikenna|Chukwuemeka", "Ngozi|Chiamaka|Adaeze|Nneka|Ifeoma",
     "Okafor|Nwosu|Eze|Okonkwo|Chukwu|Nnamdi|Obi"),
    ("hausa", "West Africa", "gf", "Abubakar|Sani|Ibrahim|Musa|Aminu", "Hauwa|Zainab|Hadiza|Fatima|Maryam",
     "Bello|Abdullahi|Garba|Danjuma|Usman|Sule"),
    ("akan", "West Africa", "gf", "Kwame|Kofi|Yaw|Kwabena|Kojo", "Akosua|Ama|Abena|Efua|Adwoa",
     "Mensah|Asante|Boateng|Owusu|Appiah|Osei"),
    ("wolof", "West Africa", "gf", "Mamadou|Cheikh|Ousmane|Moussa|Abdoulaye", "Awa|Fatou|Aminata|Mariama|Khady",
     "Diop|Ndiaye|Faye|Sarr|Gueye|Diallo"),
    ("kenyan", "East Africa", "gf", "Otieno|Kamau|Kiprono|Mwangi|Ochieng", "Wanjiru|Akinyi|Njeri|Chebet|Atieno",
     "Odhiambo|Kariuki|Njoroge|Wafula|Cheruiyot|Mutua"),
    ("swahili", "East Africa", "gf", "Baraka|Juma|Hamisi|Athumani", "Rehema|Neema|Zawadi|Upendo",
     "Mwakyusa|Massawe|Mushi|Lyimo|Kimaro"),
    ("ethiopian", "East Africa", "gf", "Abebe|Tesfaye|Dawit|Yonas|Mulugeta", "Selamawit|Meron|Hiwot|Tigist|Bethlehem",
     "Bekele|Tadesse|Haile|Gebremedhin|Alemu|Wolde"),
    ("somali", "East Africa", "gf", "Abdirahman|Mohamed|Abdi|Yusuf", "Hodan|Ifrah|Sahra|Ubah",
     "Warsame|Farah|Jama|Abdi|Omar"),
    ("southern_african", "Southern Africa", "gf", "Sipho|Thabo|Mandla|Themba|Lwazi", "Nomvula|Thandiwe|Lindiwe|Zanele|Ayanda",
     "Dlamini|Nkosi|Mahlangu|Khumalo|Mthembu|Ndlovu|Zulu"),
    ("shona", "Southern Africa", "gf", "Tendai|Tatenda|Farai|Tinashe", "Rudo|Nyasha|Chiedza|Tsitsi",
     "Moyo|Chikwanha|Mutasa|Chinamasa|Mlambo"),
    ("afrikaans", "Southern Africa", "gf", "Pieter|Johan|Francois|Wian", "Annelie|Marietjie|Elmarie|Riana",
     "van Wyk|du Plessis|Botha|van der Merwe|Pretorius|Nel"),
    ("congolese", "Central Africa", "gf", "Jean-Pierre|Patrice|Didier|Fiston", "Grâce|Nadège|Rachel|Chantal",
     "Mbuyi|Kabila|Tshisekedi|Mukendi|Ilunga|Kasongo"),
    # ---- Americas
    ("us", "North America", "gf", "Tyler|Brandon|Cody|Dustin|Jamal|DeShawn|Marcus", "Brittany|Kayla|Tamika|Shaniqua|Madison|Courtney|Jasmine",
     "Washington|Jefferson|Holloway|McAllister|Kowalczyk|Brennan|Sullivan|Delacroix|Whitaker"),
    ("canadian_french", "North America", "gf", "Gilles|Sylvain|Réjean|Mathieu", "Geneviève|Josée|Chantal|Marie-Ève",
     "Tremblay|Gagnon|Bouchard|Côté|Gauthier|Lavoie"),
    ("mexican", "Latin America", "gf", "Juan Carlos|Alejandro|Jesús|Guadalupe|Héctor", "Guadalupe|Ximena|Citlali|Xóchitl|Mariana",
     "Hernández|González Ramírez|Moctezuma|Villaseñor|Treviño|de la Garza|Zúñiga"),
    ("brazilian", "Latin America", "gf", "João Pedro|Thiago|Luiz Felipe|Caio|Rodrigo", "Ana Clara|Thaís|Luíza|Fernanda|Gabriela",
     "Souza|Oliveira|dos Anjos|Albuquerque|Nascimento|Araújo|de Assis"),
    ("andean", "Latin America", "gf", "Wilmer|Yupanqui|Edwin|Percy|Nilo", "Yessenia|Nayeli|Rosmery|Killa|Sumaq",
     "Quispe|Mamani|Huamán|Condori|Choque|Ticona"),
    ("colombian", "Latin America", "gf", "Andrés Felipe|Julián|Santiago|Camilo", "Valentina|Daniela|Paola|Catalina",
     "Restrepo|Londoño|Cárdenas|Ospina|Echeverri"),
    ("argentine", "Latin America", "gf", "Facundo|Matías|Gonzalo|Agustín", "Florencia|Micaela|Agustina|Rocío",
     "Pérez Companc|Giménez|Fernández Kirchner|Bianchetti|Aguirre"),
    ("caribbean", "Latin America", "gf", "Dwayne|Jermaine|Kemar|Andre", "Shanice|Kerry-Ann|Tanisha|Natalee",
     "Campbell|Bailey|Thompson-Hall|Francis|Brathwaite|St. Hilaire"),
    ("haitian", "Latin America", "gf", "Jean-Baptiste|Wilner|Fritz|Ricardo", "Mirlande|Nadège|Guerline|Rose-Michelle",
     "Pierre-Louis|Jean-Charles|Désir|Toussaint|Célestin"),
    # ---- Pacific and Oceania
    ("maori", "Pacific", "gf", "Tamati|Wiremu|Rawiri|Nikau|Hemi", "Aroha|Moana|Ngaio|Mereana|Anahera",
     "Te Whata|Ngata|Parata|Tuhoe|Te Kanawa|Walker-Rangi"),
    ("samoan", "Pacific", "gf", "Sione|Tavita|Ioane|Filipo", "Losaline|Sina|Malia|Fetu", "Faleolo|Tuilagi|Leota|Fa'amausili"),
    ("fijian", "Pacific", "gf", "Josefa|Viliame|Semi|Ratu", "Litia|Mereoni|Ana|Salote", "Naivalu|Waqa|Tuberi|Raikadroka"),
    ("australian", "Pacific", "gf", "Lachlan|Mitchell|Jarrod|Bradley", "Kylie|Shannon|Tegan|Jacinta", "Fitzsimmons|Doherty|Carmody|Hickey"),
]

PARTICLES = frozenset({"van", "der", "de", "den", "ter", "'t", "la", "le", "du", "d'", "von", "zu", "da", "dos", "del",
                       "della", "di", "lo", "al", "el", "bin", "binti", "bint", "ibn", "ben", "abou", "abdel", "ap",
                       "te", "dela", "st.", "i", "y", "o'", "ó", "ní", "mc", "mac", "abd"})

# Native-script pairs: (tradition, gender, native given, native family, romanised given, romanised family, layout)
# layout: "cjk" family+given without a space, "cjk_sp" family, space, given, "gf" given space family.
NATIVE = [
    ("japanese", "f", "花子", "佐藤", "Hanako", "Satō", "cjk_sp"),
    ("japanese", "m", "一郎", "鈴木", "Ichirō", "Suzuki", "cjk"),
    ("japanese", "f", "美咲", "高橋", "Misaki", "Takahashi", "cjk_sp"),
    ("japanese", "m", "健太", "田中", "Kenta", "Tanaka", "cjk"),
    ("chinese", "m", "伟", "王", "Wei", "Wang", "cjk"),
    ("chinese", "f", "娜", "李", "Na", "Li", "cjk"),
    ("chinese", "f", "静", "陈", "Jing", "Chen", "cjk"),
    ("chinese", "m", "洋", "刘", "Yang", "Liu", "cjk"),
    ("korean", "m", "민준", "김", "Min-jun", "Kim", "cjk"),
    ("korean", "f", "서연", "이", "Seo-yeon", "Lee", "cjk"),
    ("korean", "m", "지훈", "박", "Ji-hoon", "Park", "cjk"),
    ("russian", "m", "Иван", "Петров", "Ivan", "Petrov", "gf"),
    ("russian", "f", "Анна", "Смирнова", "Anna", "Smirnova", "gf"),
    ("ukrainian", "f", "Олена", "Коваленко", "Olena", "Kovalenko", "gf"),
    ("bulgarian", "m", "Георги", "Димитров", "Georgi", "Dimitrov", "gf"),
    ("bcs", "m", "Милош", "Јовановић", "Miloš", "Jovanović", "gf"),
    ("greek", "m", "Νίκος", "Παπαδόπουλος", "Nikos", "Papadopoulos", "gf"),
    ("greek", "f", "Ελένη", "Γεωργίου", "Eleni", "Georgiou", "gf"),
    ("arabic_levant", "f", "ليلى", "حداد", "Layla", "Haddad", "gf"),
    ("arabic_gulf", "m", "خالد", "القحطاني", "Khalid", "Al-Qahtani", "gf"),
    ("persian", "f", "سارا", "رضایی", "Sara", "Rezaei", "gf"),
    ("hebrew", "f", "נועה", "כהן", "Noa", "Cohen", "gf"),
    ("hebrew", "m", "יוסי", "לוי", "Yossi", "Levi", "gf"),
    ("north_indian", "f", "प्रिया", "शर्मा", "Priya", "Sharma", "gf"),
    ("north_indian", "m", "राहुल", "वर्मा", "Rahul", "Verma", "gf"),
    ("bengali", "m", "অনিক", "রহমান", "Anik", "Rahman", "gf"),
    ("south_indian", "m", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", "gf"),
    ("south_indian", "m", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", "gf"),
    ("thai", "m", "สมชาย", "ศรีสุข", "Somchai", "Srisuk", "gf"),
    ("thai", "f", "นภา", "วงศ์สวัสดิ์", "Napha", "Wongsawat", "gf"),
    ("georgian", "f", "ნინო", "ბერიძე", "Nino", "Beridze", "gf"),
    ("armenian", "m", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", "gf"),
    ("ethiopian", "m", "አበበ", "በቀለ", "Abebe", "Bekele", "gf"),
    ("mongolian", "m", "Батбаяр", "Дорж", "Batbayar", "Dorj", "gf"),
    ("kazakh", "f", "Айгерім", "Смағұлова", "Aigerim", "Smagulova", "gf"),
    ("punjabi", "m", "ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Harpreet", "Singh", "gf"),
]

# traditions where the second element is a patronymic or a personal name, not a family name
NO_FAMILY_NAME = ("malay", "burmese", "ethiopian", "icelandic")

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i",
         "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "ħ": "h", "Ħ": "H"}


def fold(s: str) -> str:
    """ASCII-fold a romanised name (diacritics removed, special letters spelt out)."""
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _compact(s: str) -> str:
    return "".join(c for c in fold(s).lower() if c.isalnum())


@dataclass
class Person:
    given: str
    family: str
    gender: str
    trad: str
    ffirst: bool = False
    native: tuple | None = None  # (native given, native family, layout)
    middle: str = ""
    words: list = field(default_factory=list)

    # ---- romanised renderings
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.ffirst else f"{self.given} {self.family}"

    def gf(self) -> str:
        return f"{self.given} {self.family}"

    def last_first(self) -> str:
        if self.trad in NO_FAMILY_NAME:
            return self.full()  # patronymic / no family name: systems keep the name as written
        return f"{self.family}, {self.given}"

    def upper(self) -> str:
        return self.full().upper()

    def initial(self) -> str:
        return self.given[0] + "."

    def init_family(self) -> str:
        return f"{self.given[0]}. {self.family}"

    def folded_gf(self) -> str:
        return fold(self.gf())

    def sg(self) -> str:
        """SURNAME/GIVEN, ASCII-folded upper case."""
        return f"{fold(self.family).upper()}/{fold(self.given).upper()}"

    # ---- native script
    def native_full(self) -> str:
        ng, nf, lay = self.native
        if lay == "cjk":
            return nf + ng
        if lay == "cjk_sp":
            return nf + " " + ng
        return ng + " " + nf

    def show(self, rng, native_p: float = 0.5) -> str:
        """Native script when the person has it (with probability native_p), else the romanised full name."""
        if self.native and rng.random() < native_p:
            return self.native_full()
        return self.full()

    # ---- account names
    def first_token(self) -> str:
        return _compact(self.given.split()[0])

    def family_token(self) -> str:
        return _compact(self.family)

    def acct(self, rng, style: str | None = None, digits: float = 0.2) -> str:
        f, l = self.first_token(), self.family_token()
        style = style or rng.choice(["first.last", "flast", "firstl", "first_last", "firstlast", "lastf",
                                     "f.last", "flast", "first.last", "flast8"])
        if style == "first.last":
            a = f"{f}.{l}"
        elif style == "flast":
            a = f[0] + l
        elif style == "flast8":
            a = (f[0] + l)[:8]
        elif style == "firstl":
            a = f + l[0]
        elif style == "first_last":
            a = f"{f}_{l}"
        elif style == "firstlast":
            a = f + l
        elif style == "lastf":
            a = l + f[0]
        elif style == "f.last":
            a = f"{f[0]}.{l}"
        elif style == "last":
            a = l
        else:
            raise ValueError(style)
        if rng.random() < digits:
            a += str(rng.choice([1, 2, 3, 7, 12, 21, 88, 99]))
        return a


def _traditions():
    out = []
    for code, region, order, m, f, s in TRADITIONS:
        sur = []
        for x in s.split("|"):
            if "/" in x:
                a, b = x.split("/")
                sur.append((a, b))
            else:
                sur.append((x, x))
        out.append((code, region, order, m.split("|"), f.split("|"), sur))
    return out


TRADS = _traditions()


def name_words(p: Person) -> list[str]:
    """Every name word of a person, for the leak check (particles left out)."""
    ws = []
    for part in (p.given, p.family, p.middle):
        for w in part.replace("-", " ").replace("'", "' ").split():
            if w.lower() not in PARTICLES and len(w) >= 2:
                ws.append(w)
        if " " in part or "-" in part:
            ws.append(part)
    if p.native:
        ng, nf, _ = p.native
        ws += [ng, nf, p.native_full()]
    out = []
    for w in ws:
        for v in (w, fold(w)):
            if v not in out:
                out.append(v)
    return out


def draw_person(rng, native_p: float = 0.12, trad: str | None = None) -> Person:
    if trad is None and rng.random() < native_p:
        t, g, ng, nf, rg, rf, lay = rng.choice(NATIVE)
        ff = lay.startswith("cjk") and rng.random() < 0.5
        p = Person(rg, rf, g, t, ff, (ng, nf, lay))
    else:
        if trad is None:
            code, region, order, m, f, sur = rng.choice(TRADS)
        else:
            code, region, order, m, f, sur = next(x for x in TRADS if x[0] == trad)
        g = rng.choice("mf")
        given = rng.choice(m if g == "m" else f)
        fam = rng.choice(sur)[0 if g == "m" else 1]
        if code in ("spanish", "mexican", "colombian") and " " not in fam and rng.random() < 0.35:
            other = rng.choice(sur)[0]
            if other != fam and " " not in other:
                fam = f"{fam} {other}"
        if code == "english" and rng.random() < 0.1:
            a, b = rng.sample([x[0] for x in sur], 2)
            fam = f"{a}-{b}"
        if code == "hungarian" and g == "f" and rng.random() < 0.15:
            fam = fam + "né"
        ffirst = order == "fg" and (code in ("hungarian", "vietnamese") or rng.random() < 0.5)
        p = Person(given, fam, g, code, ffirst)
    p.words = name_words(p)
    return p


def stats() -> dict:
    given, fam = [], []
    for _code, _r, _o, m, f, sur in TRADS:
        for x in m + f:
            if x not in given:
                given.append(x)
        for a, b in sur:
            for y in (a, b):
                if y not in fam:
                    fam.append(y)
    regions = []
    for t in TRADS:
        if t[1] not in regions:
            regions.append(t[1])
    return {"traditions": len(TRADS), "regions": len(regions), "given": len(given), "surnames": len(fam),
            "native_pairs": len(NATIVE), "native_scripts_langs": len({x[0] for x in NATIVE})}


if __name__ == "__main__":
    for k, v in stats().items():
        print(f"{k:22s} {v}")
