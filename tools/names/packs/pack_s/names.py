"""Hand-written person-name lists for pack_s (mobile and client-side application logs).

Written from general knowledge for this pack only: no Faker, mimesis, `names` or any other package, and no list
copied from another set. Each tradition lists male and female given names and surnames; a surname is either one
form or a (male, female) pair where the language genders it. `order` is "gf" (given first), "fg" (family first,
native) or "either" (romanised East Asian names: family first half of the time).

`python names.py` prints the statistics of the lists.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

# tradition: (region, order, male given, female given, surnames)
T: dict[str, tuple[str, str, list[str], list[str], list]] = {
    "english": ("Europe", "gf",
                ["Oliver", "Harry", "Callum", "Toby", "Nathan", "Edward", "Liam", "Stuart", "Gareth", "Simon"],
                ["Charlotte", "Amelia", "Hannah", "Lucy", "Megan", "Sophie", "Rebecca", "Eleanor", "Jessica"],
                ["Whitfield", "Pemberton", "Ashworth", "Thornton", "Haddock", "Blackwood", "Fairbairn", "Cartwright",
                 "Holloway", "Fenwick", "Greenhalgh", "Ramsbottom", "Smith-Lowell"]),
    "irish": ("Europe", "gf",
              ["Cillian", "Oisín", "Pádraig", "Eoin", "Darragh", "Ronan", "Seán", "Cathal"],
              ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Róisín", "Orla", "Saoirse", "Gráinne"],
              [("Ó Súilleabháin", "Ní Shúilleabháin"), ("Ó Briain", "Ní Bhriain"), "O'Sullivan", "O'Donoghue",
               "McCarthy", "Fitzgerald", "Gallagher", "Kavanagh", "Brennan"]),
    "scottish_welsh": ("Europe", "gf",
                       ["Angus", "Hamish", "Fraser", "Rhys", "Dafydd", "Gethin", "Iwan", "Alasdair"],
                       ["Eilidh", "Morag", "Isla", "Catriona", "Cerys", "Rhiannon", "Ffion", "Bethan"],
                       ["MacLeod", "MacKenzie", "McAllister", "Drummond", "Urquhart", "ap Rhys", "Llewellyn",
                        "Pritchard", "Vaughan-Jones", "Cadwaladr"]),
    "french": ("Europe", "gf",
               ["Jean-Baptiste", "Théo", "Mathis", "Benoît", "Étienne", "Rémi", "Gaël", "Loïc", "Yannick"],
               ["Léa", "Chloé", "Manon", "Anaïs", "Margaux", "Céline", "Hélène", "Marie-Claire", "Océane"],
               ["Lefebvre", "Moreau", "Girard", "Rousseau", "Fournier", "de la Fontaine", "d'Arcy", "Le Goff",
                "Chevalier", "Dupont-Aignan", "Beaumarchais", "Duchêne"]),
    "german": ("Europe", "gf",
               ["Jürgen", "Lukas", "Maximilian", "Klaus-Dieter", "Henrik", "Tobias", "Matthias", "Florian"],
               ["Annika", "Lena", "Jana", "Käthe", "Friederike", "Mareike", "Franziska", "Hannelore"],
               ["Müller", "Schröder", "Weißmann", "Becker", "Hoffmann", "von Stetten", "zu Hohenfels",
                "Bräuer", "Krüger", "Lindemann", "Oberhäuser", "Schulze-Wendt"]),
    "dutch": ("Europe", "gf",
              ["Joost", "Maarten", "Sander", "Bram", "Thijs", "Wouter", "Jeroen", "Ruud"],
              ["Femke", "Sanne", "Lotte", "Marieke", "Ilse", "Anouk", "Esmée", "Noor"],
              ["van der Meulen", "de Vries", "van 't Hof", "ter Horst", "Bakker", "Visser", "Smeets",
               "van den Broek", "Hoekstra", "Dijkstra"]),
    "spanish": ("Europe", "gf",
                ["Álvaro", "Iñigo", "Sergio", "Javier", "Rubén", "Gonzalo", "Íñaki", "Adrián"],
                ["Lucía", "Nerea", "Ainhoa", "Rocío", "Begoña", "Inmaculada", "Paloma", "Itziar"],
                ["García Márquez", "Fernández de Córdoba", "Ortiz", "Zubizarreta", "Etxeberria", "Núñez",
                 "Castaño", "de la Peña", "Olaizola", "Gutiérrez Prieto", "Rodríguez"]),
    "portuguese": ("Europe", "gf",
                   ["João", "Tiago", "Gonçalo", "Rui", "Duarte", "Afonso", "Nuno"],
                   ["Inês", "Beatriz", "Leonor", "Mafalda", "Joana", "Conceição", "Matilde"],
                   ["Gonçalves", "dos Santos", "da Silva", "Magalhães", "Carvalho", "Sousa Tavares",
                    "Figueiredo", "Albuquerque"]),
    "italian": ("Europe", "gf",
                ["Alessandro", "Giacomo", "Lorenzo", "Niccolò", "Federico", "Matteo", "Salvatore"],
                ["Giulia", "Chiara", "Francesca", "Ilaria", "Benedetta", "Serena", "Ludovica"],
                ["Esposito", "Ferraro", "Russo", "De Luca", "Di Stefano", "Bianchi", "Lo Presti", "Mancuso",
                 "D'Angelo", "Santangelo"]),
    "polish": ("Europe", "gf",
               ["Wojciech", "Krzysztof", "Łukasz", "Paweł", "Grzegorz", "Tomasz", "Jędrzej"],
               ["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Ewelina", "Bożena"],
               [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"),
                ("Szymański", "Szymańska"), "Nowak", "Wójcik", "Kaczmarek", "Grabowski-Nowak"]),
    "czech_slovak": ("Europe", "gf",
                     ["Jiří", "Tomáš", "Ondřej", "Vojtěch", "Lukáš", "Matej", "Radek"],
                     ["Tereza", "Lucie", "Kateřina", "Zuzana", "Markéta", "Veronika", "Ivana"],
                     [("Novák", "Nováková"), ("Dvořák", "Dvořáková"), ("Procházka", "Procházková"),
                      ("Černý", "Černá"), ("Horváth", "Horváthová"), ("Kučera", "Kučerová")]),
    "russian": ("Europe", "gf",
                ["Alexei", "Sergei", "Nikolai", "Vladimir", "Mikhail", "Yaroslav", "Timur"],
                ["Ekaterina", "Natalia", "Svetlana", "Yulia", "Tatiana", "Darya", "Ksenia"],
                [("Ivanov", "Ivanova"), ("Kuznetsov", "Kuznetsova"), ("Sokolov", "Sokolova"),
                 ("Lebedev", "Lebedeva"), ("Morozov", "Morozova"), ("Belyaev", "Belyaeva")]),
    "ukrainian": ("Europe", "gf",
                  ["Oleksandr", "Bohdan", "Taras", "Andriy", "Yurii", "Mykola"],
                  ["Oksana", "Iryna", "Khrystyna", "Nataliya", "Solomiya", "Halyna"],
                  ["Shevchenko", "Bondarenko", "Tkachuk", "Kravets", "Melnyk", "Hrytsenko", "Zaporozhets"]),
    "greek": ("Europe", "gf",
              ["Dimitrios", "Konstantinos", "Stavros", "Panagiotis", "Spyros", "Thanasis"],
              ["Katerina", "Vasiliki", "Despina", "Anastasia", "Theodora", "Chrysoula"],
              [("Georgiou", "Georgiou"), ("Papadakis", "Papadaki"), ("Karagiannis", "Karagianni"),
               ("Alexandropoulos", "Alexandropoulou"), ("Vlachos", "Vlachou")]),
    "hungarian": ("Europe", "fg",
                  ["Bence", "Levente", "Gergely", "Zoltán", "Ádám", "Csaba", "Márton"],
                  ["Réka", "Zsófia", "Eszter", "Boglárka", "Ildikó", "Noémi", "Krisztina"],
                  ["Nagy", "Kovács", "Szabó", "Tóth", "Varga", "Farkas", "Balogh", "Mészáros", "Szűcs"]),
    "romanian": ("Europe", "gf",
                 ["Andrei", "Mihai", "Ștefan", "Bogdan", "Radu", "Cătălin"],
                 ["Ioana", "Andreea", "Bianca", "Roxana", "Mădălina", "Raluca"],
                 ["Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Munteanu", "Țăranu", "Stănescu"]),
    "scandinavian": ("Europe", "gf",
                     ["Magnus", "Anders", "Henrik", "Søren", "Bjørn", "Torbjörn", "Espen", "Mikkel"],
                     ["Ingrid", "Sigrid", "Astrid", "Maja", "Freja", "Linnéa", "Solveig", "Ragnhild"],
                     ["Lindqvist", "Andersson", "Bergström", "Sørensen", "Halvorsen", "Kjærgaard", "Østergaard",
                      "Lundgren", "Åkesson", "Haugland"]),
    "finnish": ("Europe", "gf",
                ["Juha", "Mikko", "Antti", "Teemu", "Jari", "Väinö"],
                ["Aino", "Kaisa", "Satu", "Riikka", "Päivi", "Tuuli"],
                ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Järvinen", "Lehtonen"]),
    "icelandic": ("Europe", "gf",
                  ["Guðmundur", "Sigurður", "Einar", "Kristján", "Þórður", "Halldór"],
                  ["Guðrún", "Sigríður", "Katrín", "Hildur", "Þórunn", "Ragnheiður"],
                  [("Jónsson", "Jónsdóttir"), ("Gunnarsson", "Gunnarsdóttir"), ("Ólafsson", "Ólafsdóttir"),
                   ("Stefánsson", "Stefánsdóttir"), ("Magnússon", "Magnúsdóttir")]),
    "baltic": ("Europe", "gf",
               ["Mindaugas", "Tomas", "Darius", "Jānis", "Kārlis", "Rasmus"],
               ["Rūta", "Giedrė", "Ieva", "Līga", "Kristīne", "Kadri"],
               [("Kazlauskas", "Kazlauskienė"), ("Petrauskas", "Petrauskaitė"), ("Bērziņš", "Bērziņa"),
                ("Ozols", "Ozola"), "Tamm", "Saar"]),
    "south_slavic": ("Europe", "gf",
                     ["Nikola", "Luka", "Dragan", "Goran", "Stefan", "Damir", "Marko"],
                     ["Jelena", "Milica", "Ana", "Snežana", "Vesna", "Dragana", "Maja"],
                     ["Petrović", "Nikolić", "Marković", "Horvat", "Kovačević", "Babić", "Đorđević", "Stojanovski"]),
    "bulgarian": ("Europe", "gf",
                  ["Georgi", "Hristo", "Todor", "Plamen"],
                  ["Desislava", "Radostina", "Tsvetelina", "Yordanka"],
                  [("Dimitrov", "Dimitrova"), ("Stoyanov", "Stoyanova"), ("Angelov", "Angelova")]),
    "albanian": ("Europe", "gf",
                 ["Arben", "Besnik", "Dritan", "Ilir"],
                 ["Arta", "Blerta", "Drita", "Elira"],
                 ["Hoxha", "Krasniqi", "Berisha", "Gashi", "Shehu"]),
    "turkish": ("Middle East", "gf",
                ["Mehmet", "Emre", "Burak", "Oğuz", "Çağan", "Serkan", "Yiğit"],
                ["Ayşe", "Elif", "Zeynep", "Gülşen", "Büşra", "Şebnem", "Özlem"],
                ["Yılmaz", "Öztürk", "Şahin", "Çelik", "Aydın", "Kılıç", "Doğan", "Karaağaç"]),
    "levant_arabic": ("Middle East", "gf",
                      ["Karim", "Rami", "Ziad", "Fadi", "Samir", "Nabil", "Jamil"],
                      ["Rania", "Lina", "Nour", "Dima", "Hala", "Reem", "Maysa"],
                      ["Haddad", "Khoury", "Nassar", "Saliba", "Al-Masri", "Abu Khalil", "Tannous", "Barakat"]),
    "gulf_arabic": ("Middle East", "gf",
                    ["Abdullah", "Faisal", "Khalid", "Saeed", "Hamad", "Sultan", "Yousef"],
                    ["Maryam", "Noura", "Hessa", "Latifa", "Aisha", "Shamma", "Alia"],
                    ["Al-Qahtani", "Al Mansoori", "Al-Otaibi", "bin Rashid", "Al Nuaimi", "Al-Dosari",
                     "Al Shamsi"]),
    "egyptian": ("North Africa", "gf",
                 ["Mostafa", "Amr", "Tarek", "Hossam", "Sherif", "Youssef"],
                 ["Mona", "Yasmin", "Heba", "Dalia", "Nermeen", "Salma"],
                 ["El-Sayed", "Abdel Rahman", "Fahmy", "Shawky", "El Gohary", "Mahmoud"]),
    "maghrebi": ("North Africa", "gf",
                 ["Mehdi", "Yassine", "Rachid", "Sofiane", "Karim", "Hamza"],
                 ["Samira", "Imane", "Khadija", "Nadia", "Houda", "Soukaina"],
                 ["Benali", "Bouzid", "El Amrani", "Benjelloun", "Haddadi", "Ait Lahcen", "Belkacem", "Cherkaoui"]),
    "persian": ("Middle East", "gf",
                ["Dariush", "Kourosh", "Arash", "Behnam", "Siavash", "Farhad"],
                ["Shirin", "Parisa", "Golnaz", "Niloufar", "Mahsa", "Roya"],
                ["Hosseini", "Moradi", "Tehrani", "Ghorbani", "Jafari", "Karimi", "Sadeghi"]),
    "hebrew": ("Middle East", "gf",
               ["Yossi", "Eitan", "Noam", "Amit", "Ariel", "Uri"],
               ["Tamar", "Shira", "Michal", "Yael", "Noa", "Rivka"],
               ["Mizrahi", "Peretz", "Ben-David", "Friedman", "Avraham", "Shapiro", "Biton"]),
    "georgian": ("Caucasus", "gf",
                 ["Giorgi", "Levan", "Davit", "Irakli", "Zurab"],
                 ["Nino", "Tamar", "Ketevan", "Mariam", "Salome"],
                 ["Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Tsiklauri", "Javakhishvili"]),
    "armenian": ("Caucasus", "gf",
                 ["Armen", "Tigran", "Hayk", "Vardan", "Gor"],
                 ["Anahit", "Lusine", "Gayane", "Nare", "Siranush"],
                 ["Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan", "Manukyan", "Ter-Petrosyan"]),
    "azerbaijani": ("Caucasus", "gf",
                    ["Elchin", "Rashad", "Tural", "Orkhan"],
                    ["Aynur", "Leyla", "Gunel", "Sevinj"],
                    [("Mammadov", "Mammadova"), ("Aliyev", "Aliyeva"), ("Huseynov", "Huseynova")]),
    "central_asian": ("Central Asia", "gf",
                      ["Nursultan", "Yerlan", "Bakhtiyar", "Timur", "Dauren", "Rustam"],
                      ["Aigerim", "Dinara", "Gulnara", "Madina", "Zarina", "Saule"],
                      [("Nurlanov", "Nurlanova"), ("Abdullaev", "Abdullaeva"), ("Karimov", "Karimova"),
                       ("Seitkali", "Seitkali"), ("Yusupov", "Yusupova")]),
    "mongolian": ("East Asia", "gf",
                  ["Batbayar", "Ganbold", "Temuujin", "Munkh-Erdene"],
                  ["Oyunchimeg", "Sarangerel", "Enkhjargal", "Nomin"],
                  ["Dorj", "Bold", "Tserendorj", "Batsaikhan"]),
    "north_indian": ("South Asia", "gf",
                     ["Aarav", "Vikram", "Rohan", "Siddharth", "Ankit", "Manish", "Kunal"],
                     ["Ananya", "Pooja", "Shreya", "Kavya", "Nandini", "Ishita", "Meenakshi"],
                     ["Sharma", "Agarwal", "Chaturvedi", "Malhotra", "Srivastava", "Kapoor", "Mehrotra", "Joshi"]),
    "south_indian": ("South Asia", "gf",
                     ["Karthik", "Venkatesh", "Arjun", "Prakash", "Suresh", "Harish"],
                     ["Lakshmi", "Divya", "Revathi", "Sowmya", "Keerthana", "Bhavana"],
                     ["Subramanian", "Iyer", "Krishnamurthy", "Reddy", "Nair", "Pillai", "Ramaswamy",
                      "Venkataraman"]),
    "bengali": ("South Asia", "gf",
                ["Sourav", "Arnab", "Tanmoy", "Rafiq", "Shuvo"],
                ["Rituparna", "Moumita", "Tasnim", "Sharmin", "Debjani"],
                ["Chatterjee", "Bandyopadhyay", "Mukherjee", "Chowdhury", "Hossain", "Sengupta"]),
    "punjabi": ("South Asia", "gf",
                ["Gurpreet", "Harjit", "Manpreet", "Jaspal", "Amrinder"],
                ["Simran", "Harleen", "Navneet", "Jasleen", "Gurleen"],
                ["Singh", "Kaur", "Sandhu", "Gill", "Dhillon", "Grewal", "Sidhu"]),
    "pakistani": ("South Asia", "gf",
                  ["Usman", "Bilal", "Hamza", "Faraz", "Zeeshan"],
                  ["Ayesha", "Sana", "Mehwish", "Hira", "Zainab"],
                  ["Qureshi", "Chaudhry", "Siddiqui", "Malik", "Butt", "Abbasi"]),
    "sri_lankan_nepali": ("South Asia", "gf",
                          ["Chaminda", "Ruwan", "Bishnu", "Suman"],
                          ["Nirosha", "Dilani", "Sabina", "Pratima"],
                          ["Perera", "Wickramasinghe", "Jayasuriya", "Shrestha", "Gurung", "Adhikari"]),
    "chinese": ("East Asia", "either",
                ["Wei", "Jun", "Hao", "Zhiwei", "Yichen", "Tao", "Jianguo"],
                ["Xiaoling", "Meiling", "Yan", "Jing", "Xinyi", "Ruoxi", "Lihua"],
                ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Xu", "Zhou", "Guo", "Ouyang"]),
    "cantonese_taiwanese": ("East Asia", "either",
                            ["Chun-Kit", "Ka-Ho", "Chih-Hao", "Wing-Yan", "Tsz-Hin"],
                            ["Mei-Ling", "Hui-Chen", "Siu-Mei", "Pui-Yee", "Ya-Ting"],
                            ["Chan", "Wong", "Leung", "Cheung", "Tsai", "Lin", "Hsu", "Ng"]),
    "japanese": ("East Asia", "either",
                 ["Haruto", "Kenji", "Takumi", "Ryota", "Shota", "Daisuke", "Yuto"],
                 ["Yui", "Sakura", "Aoi", "Haruka", "Naomi", "Mei", "Ayaka", "Rin"],
                 ["Tanaka", "Watanabe", "Nakamura", "Kobayashi", "Yoshida", "Matsumoto", "Inoue", "Kimura",
                  "Fujiwara", "Hayashi"]),
    "korean": ("East Asia", "either",
               ["Ji-hoon", "Min-jun", "Seung-woo", "Hyun-woo", "Dong-hyun", "Jae-won"],
               ["Seo-yeon", "Ji-woo", "Soo-ah", "Ha-eun", "Eun-ji", "Yoo-jin"],
               ["Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin"]),
    "vietnamese": ("South-East Asia", "fg",
                   ["Minh Tuấn", "Quang Huy", "Đức Anh", "Văn Hùng", "Hoàng Nam"],
                   ["Thị Lan", "Ngọc Ánh", "Thu Trang", "Phương Linh", "Bảo Ngọc"],
                   ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Hoàng"]),
    "thai": ("South-East Asia", "gf",
             ["Somchai", "Thanawat", "Kittisak", "Anucha", "Pongsakorn"],
             ["Siriporn", "Kanokwan", "Nattaya", "Pimchanok", "Ratchanee"],
             ["Srisuk", "Chaiyaporn", "Wongsakul", "Rattanakorn", "Thongchai", "Boonmee"]),
    "filipino": ("South-East Asia", "gf",
                 ["Jericho", "Rommel", "Marvin", "Jomar", "Paolo"],
                 ["Maricel", "Rowena", "Jocelyn", "Kristine", "Leonora"],
                 ["dela Cruz", "Santos", "Macapagal", "Bautista", "Villanueva", "Dimaculangan", "Agbayani"]),
    "indonesian_malay": ("South-East Asia", "gf",
                         ["Budi", "Agus", "Rizky", "Hafiz", "Arif"],
                         ["Siti", "Dewi", "Nurul", "Putri", "Farah"],
                         [("bin Ismail", "binti Ismail"), ("bin Hassan", "binti Hassan"), "Setiawan", "Wijaya",
                          "Hidayat", "Kusuma", "Sulistyo"]),
    "yoruba": ("West Africa", "gf",
               ["Oluwaseun", "Adebayo", "Babatunde", "Olumide", "Ayodele"],
               ["Folasade", "Titilayo", "Omolara", "Adunni", "Yewande"],
               ["Adeyemi", "Ogunleye", "Oyelaran", "Adebisi", "Okonjo-Adeyemi", "Akinola"]),
    "igbo_hausa": ("West Africa", "gf",
                   ["Chukwuemeka", "Obinna", "Ikenna", "Abubakar", "Musa", "Nnamdi"],
                   ["Chiamaka", "Ngozi", "Adaeze", "Amina", "Hauwa", "Ifeoma"],
                   ["Okafor", "Nwachukwu", "Eze", "Obi", "Ibrahim", "Danjuma", "Bello", "Uchenna"]),
    "akan": ("West Africa", "gf",
             ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
             ["Akosua", "Abena", "Ama", "Efua", "Adwoa"],
             ["Mensah", "Owusu", "Asante", "Boateng", "Agyeman", "Osei-Bonsu"]),
    "senegambian": ("West Africa", "gf",
                    ["Mamadou", "Ousmane", "Cheikh", "Modou"],
                    ["Awa", "Fatou", "Aminata", "Ndeye"],
                    ["Diop", "Ndiaye", "Sow", "Diallo", "Fall", "Mbaye"]),
    "east_african": ("East Africa", "gf",
                     ["Baraka", "Juma", "Otieno", "Mwangi", "Kiprono"],
                     ["Wanjiru", "Achieng", "Nyokabi", "Zawadi", "Chebet"],
                     ["Kamau", "Odhiambo", "Njoroge", "Wekesa", "Mutua", "Kipchoge", "Nyambura"]),
    "ethiopian": ("East Africa", "gf",
                  ["Dawit", "Tesfaye", "Yonas", "Bereket"],
                  ["Selam", "Hiwot", "Meseret", "Tigist"],
                  ["Tesfaye", "Gebremedhin", "Haile", "Alemu", "Bekele", "Wolde"]),
    "somali": ("East Africa", "gf",
               ["Abdirahman", "Mahad", "Abdiweli", "Liban"],
               ["Hodan", "Ifrah", "Sagal", "Ubah"],
               ["Warsame", "Abdi", "Farah", "Jama", "Dahir"]),
    "southern_african": ("Southern Africa", "gf",
                         ["Sipho", "Thabo", "Mandla", "Lwazi", "Tshepo", "Kagiso"],
                         ["Nomvula", "Thandeka", "Lerato", "Zanele", "Naledi", "Palesa"],
                         ["Dlamini", "Nkosi", "Mokoena", "Khumalo", "Ndlovu", "van Rensburg", "Botha",
                          "Mahlangu"]),
    "us": ("Americas", "gf",
           ["Tyler", "Brandon", "Jaxon", "DeShawn", "Cody", "Garrett", "Malik", "Travis"],
           ["Madison", "Kayla", "Brianna", "Shaniqua", "Courtney", "Destiny", "Kaitlyn", "LaToya"],
           ["Hendricks", "Washburn", "Kowalczyk", "Jefferson", "McAllen", "Vanderbilt", "Okonkwo-Reyes",
            "Delacroix", "Boudreaux", "Schumacher"]),
    "mexican": ("Americas", "gf",
                ["Alejandro", "Emiliano", "Santiago", "Joaquín", "Rodrigo", "Héctor"],
                ["Ximena", "Guadalupe", "Valentina", "Fernanda", "Itzel", "Citlali"],
                ["Hernández", "López Obrador", "Martínez", "Ramírez", "de la Garza", "Villaseñor",
                 "Cuauhtémoc", "Sánchez Vega"]),
    "brazilian": ("Americas", "gf",
                  ["Thiago", "Caio", "Rafael", "Gustavo", "Vinícius", "Leandro"],
                  ["Juliana", "Larissa", "Letícia", "Fernanda", "Thaís", "Aline"],
                  ["Oliveira", "Pereira", "Nascimento", "Araújo", "Cavalcanti", "dos Reis", "Barbosa",
                   "Ribeiro Lima"]),
    "andean": ("Americas", "gf",
               ["Wilfredo", "Yupanqui", "Edwin", "Ronald", "Percy"],
               ["Yessenia", "Rosmery", "Nayeli", "Killa", "Marisol"],
               ["Quispe", "Mamani", "Huamán", "Condori", "Choque", "Apaza", "Ccori"]),
    "caribbean": ("Americas", "gf",
                  ["Desmond", "Winston", "Jermaine", "Rohan", "Dwayne"],
                  ["Shantelle", "Marcia", "Tameka", "Kerry-Ann", "Sherene"],
                  ["Campbell", "Thompson", "Grant-Francis", "Bailey", "McKenzie", "Beckford", "St. Louis"]),
    "maori_pacific": ("Pacific", "gf",
                      ["Tane", "Wiremu", "Rangi", "Sione", "Tevita", "Keoni"],
                      ["Aroha", "Mere", "Ngaio", "Losana", "Mele", "Leilani"],
                      ["Te Whatu", "Ngata", "Parata", "Tuilagi", "Fonoti", "Kealoha", "Faleolo", "Te Kanawa"]),
}

# Native-script pairs: (tradition, gender, given native, family native, given romanised, family romanised, cjk)
NATIVE: list[tuple[str, str, str, str, str, str, bool]] = [
    ("japanese", "f", "花子", "佐藤", "Hanako", "Sato", True),
    ("japanese", "m", "健太", "高橋", "Kenta", "Takahashi", True),
    ("japanese", "f", "美咲", "山本", "Misaki", "Yamamoto", True),
    ("chinese", "m", "伟", "王", "Wei", "Wang", True),
    ("chinese", "f", "娜", "李", "Na", "Li", True),
    ("chinese", "f", "敏", "张", "Min", "Zhang", True),
    ("cantonese_taiwanese", "m", "志明", "陳", "Chih-ming", "Chen", True),
    ("korean", "m", "민준", "김", "Min-jun", "Kim", True),
    ("korean", "f", "서연", "이", "Seo-yeon", "Lee", True),
    ("russian", "f", "Анна", "Смирнова", "Anna", "Smirnova", False),
    ("russian", "m", "Дмитрий", "Волков", "Dmitry", "Volkov", False),
    ("ukrainian", "f", "Олена", "Коваленко", "Olena", "Kovalenko", False),
    ("greek", "m", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", False),
    ("greek", "f", "Ελένη", "Νικολάου", "Eleni", "Nikolaou", False),
    ("gulf_arabic", "m", "أحمد", "منصور", "Ahmed", "Mansour", False),
    ("levant_arabic", "f", "ليلى", "حداد", "Layla", "Haddad", False),
    ("hebrew", "f", "נועה", "כהן", "Noa", "Cohen", False),
    ("hebrew", "m", "דוד", "לוי", "David", "Levi", False),
    ("north_indian", "f", "प्रिया", "शर्मा", "Priya", "Sharma", False),
    ("north_indian", "m", "राहुल", "वर्मा", "Rahul", "Verma", False),
    ("bengali", "m", "অনিক", "রায়", "Anik", "Roy", False),
    ("south_indian", "m", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", False),
    ("south_indian", "m", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", False),
    ("punjabi", "m", "ਹਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Harpreet", "Singh", False),
    ("thai", "m", "สมชาย", "ใจดี", "Somchai", "Jaidee", False),
    ("georgian", "f", "ნინო", "ბერიძე", "Nino", "Beridze", False),
    ("armenian", "m", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", False),
    ("ethiopian", "f", "ሰላም", "ተስፋዬ", "Selam", "Tesfaye", False),
    ("persian", "f", "سارا", "رضایی", "Sara", "Rezaei", False),
    ("south_slavic", "m", "Милош", "Јовановић", "Miloš", "Jovanović", False),
    ("bulgarian", "f", "Ивана", "Петрова", "Ivana", "Petrova", False),
    ("central_asian", "f", "Айгерим", "Ахметова", "Aigerim", "Akhmetova", False),
    ("pakistani", "f", "عائشہ", "ملک", "Ayesha", "Malik", False),
]

PARTICLES = {
    "van", "der", "den", "de", "la", "le", "del", "della", "di", "da", "dos", "das", "do", "von", "zu", "ter",
    "'t", "t", "d", "bin", "binti", "ibn", "al", "el", "ben", "abu", "abdel", "o", "ó", "ní", "mac", "mc", "ap",
    "te", "dela", "st", "y", "ait", "lo",
}

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "œ": "oe", "Œ": "OE", "ə": "a", "’": "'"}


def fold(s: str) -> str:
    """ASCII-fold a Latin string (diacritics removed)."""
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def squash(s: str) -> str:
    """Lower-case account part: folded, spaces, hyphens, apostrophes and dots removed."""
    return "".join(c for c in fold(s).lower() if c.isalnum())


def is_latin(s: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in s)


@dataclass
class Person:
    given: str
    family: str
    gender: str
    trad: str
    fam_first: bool = False
    native_given: str = ""
    native_family: str = ""
    cjk: bool = False
    use_native: bool = False
    extra: list[str] = field(default_factory=list)

    # --- display forms -------------------------------------------------------------------------
    def full(self) -> str:
        """Romanised full name in the order the person uses."""
        return f"{self.family} {self.given}" if self.fam_first else f"{self.given} {self.family}"

    def native(self) -> str:
        if not self.native_given:
            return self.full()
        if self.cjk:
            return self.native_family + self.native_given
        return f"{self.native_given} {self.native_family}"

    def disp(self) -> str:
        """Display name: the native script when drawn so, else the romanised full name."""
        return self.native() if self.use_native else self.full()

    def first(self) -> str:
        return self.native_given if self.use_native else self.given

    def last(self) -> str:
        return self.native_family if self.use_native else self.family

    def last_first(self) -> str:
        return f"{self.family}, {self.given}"

    def upper(self) -> str:
        return self.full().upper()

    def slash(self) -> str:
        return f"{squash_upper(self.family)}/{squash_upper(self.given)}"

    def initial_family(self) -> str:
        return f"{self.given[0]}. {self.family}"

    # --- accounts ------------------------------------------------------------------------------
    def acct(self, style: str, digits: str = "") -> str:
        g, f = squash(self.given), squash(self.family)
        forms = {
            "first.last": f"{g}.{f}", "flast": f"{g[0]}{f}", "firstl": f"{g}{f[0]}", "first_last": f"{g}_{f}",
            "firstlast": f"{g}{f}", "lastf": f"{f}{g[0]}", "f.last": f"{g[0]}.{f}", "last.first": f"{f}.{g}",
            "first": g, "first-last": f"{g}-{f}",
        }
        return forms[style] + digits

    def words(self) -> set[str]:
        """All name words of the person (for the leak check), particles and 1-letter words left out."""
        out: set[str] = set()
        for part in (self.given, self.family, self.native_given, self.native_family, *self.extra):
            if not part:
                continue
            out.add(part)
            out.add(fold(part))
            for w in part.replace("-", " ").replace("'", " ").replace("’", " ").split():
                if w.lower().strip(".") in PARTICLES or len(w) < 2:
                    continue
                out.add(w)
                out.add(fold(w))
        return {w for w in out if w}


def squash_upper(s: str) -> str:
    return "".join(c for c in fold(s).upper() if c.isalpha() or c == " ").replace(" ", "")


def draw(r, native_share: float = 0.12) -> Person:
    """Draw one person from random.Random r."""
    if r.random() < native_share:
        trad, g, ng, nf, rg, rf, cjk = r.choice(NATIVE)
        order = T[trad][1]
        fam_first = order == "fg" or (order == "either" and r.random() < 0.5)
        return Person(rg, rf, g, trad, fam_first, ng, nf, cjk, use_native=True)
    trad = r.choice(sorted(T))
    _region, order, male, female, surnames = T[trad]
    gender = r.choice("mf")
    given = r.choice(male if gender == "m" else female)
    fam = r.choice(surnames)
    if isinstance(fam, tuple):
        fam = fam[0] if gender == "m" else fam[1]
    if trad == "punjabi" and fam in ("Singh", "Kaur"):
        fam = "Singh" if gender == "m" else "Kaur"
    fam_first = order == "fg" or (order == "either" and r.random() < 0.5)
    return Person(given, fam, gender, trad, fam_first)


def stats() -> dict[str, int]:
    givens, fams = set(), set()
    regions = set()
    for region, _o, m, f, s in T.values():
        regions.add(region)
        givens.update(m)
        givens.update(f)
        for x in s:
            fams.update(x if isinstance(x, tuple) else (x,))
    for _t, _g, ng, nf, rg, rf, _c in NATIVE:
        givens.add(rg)
        fams.add(rf)
    return {"traditions": len(T), "regions": len(regions), "given": len(givens), "family": len(fams),
            "native_pairs": len(NATIVE), "native_languages": len({n[0] for n in NATIVE})}


if __name__ == "__main__":
    for k, v in stats().items():
        print(f"{k:18s} {v}")
