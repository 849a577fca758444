"""Hand-written name lists for pack_ae (film, TV, music and live-event production).

Written for this pack from general knowledge; no name package or list was copied.
Multi-word surnames are written with "_" for the space ("van_der_Berg" -> "van der Berg").
Each tradition: region, phone country, name order ("gf" given-family, "fg" family-first),
given names (m, f) and surnames; gendered surname forms are given as "m|f" pairs.
"""

TRADITIONS = {
    # ---- Anglophone
    "en_us": ("Americas", "US", "gf",
              "James Michael Robert David Tyler Marcus Dwayne Cody Brandon Will Grant Hunter Chase Drew Dean "
              "Frank Mark Jack Reed Cliff Buck Colt Rocky Jaylen Deshawn Austin Travis",
              "Jennifer Ashley Brittany Keisha Shanice Dawn Hope Joy Faith Summer April June Autumn Ivy Hazel "
              "Ruby Pearl Crystal Destiny Harmony Melody Amber Rose Page Kayla Madison Tiffany",
              "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White "
              "Harris Martin Thompson Young King Baker Hill Green Price Bell Cook Long Rivers Banks Cash Love "
              "Noble Gold Frost Swift Knight Bishop Hunter Fisher Washington Jefferson Booker Dupree"),
    "en_gb": ("Europe", "GB", "gf",
              "Oliver Harry George Alfie Callum Rhys Gareth Nigel Clive Rupert Alistair Hamish Dafydd Owain "
              "Tom Ben Sam Joe Alfie Archie",
              "Amelia Olivia Isla Poppy Imogen Siobhan Gemma Kirsty Bethan Cerys Harriet Philippa Nia Eira "
              "Holly Daisy Poppy Sky",
              "Wood Stone Hughes Evans Roberts Lewis Walker Wright Clarke Turner Parker Cooper Ward Marsh "
              "Fielding Ashworth Pryce Llewellyn Fotheringham Featherstonehaugh Winterbottom Sharp Best "
              "Armstrong Pickering Crane Drake Lamb Bird Fox Wolfe Strong Day Moon Snow Winter Cross"),
    "en_ie": ("Europe", "IE", "gf",
              "Seán Ciarán Pádraig Eoin Oisín Darragh Cathal Tadhg Colm Donal",
              "Aoife Siobhán Niamh Saoirse Gráinne Caoimhe Orla Clodagh Róisín Sinéad",
              "O'Brien O'Sullivan O'Connor O'Neill McCarthy McGrath MacNamara Ó_Súilleabháin|Ní_Shúilleabháin "
              "Ó_Briain|Ní_Bhriain Ó_Ceallaigh|Ní_Cheallaigh Byrne Doyle Kavanagh Fitzgerald Mac_Giolla_Phádraig"),
    "en_au": ("Pacific", "AU", "gf",
              "Lachlan Mitchell Brodie Jarrah Kieran Heath Bruce Shane Darcy Flynn",
              "Chloe Tahlia Matilda Kylie Sheree Jacinta Bronwyn Skye Indi Shae",
              "Nguyen Campbell Kelly Murphy Ryan Sutherland McKenzie Pemberton Blackwood Hargreaves"),
    "mi_nz": ("Pacific", "NZ", "gf",
              "Tama Wiremu Hemi Rawiri Manaia Tane",
              "Aroha Mere Anahera Moana Hinemoa Ngaio",
              "Ngata Parata Tipene Te_Rangi Te_Whiu Walker Horomona Tamihana"),
    "sm_ws": ("Pacific", "NZ", "gf",
              "Sione Tevita Losa Ioane Faleolo",
              "Losaline Mele Sina Talia Lagi",
              "Tuilagi Fa'alogo Leota Sapolu Tuiasosopo Aumua"),
    "jm": ("Americas", "JM", "gf",
           "Delroy Winston Kemar Omari Leroy Devon",
           "Shelly-Ann Tamika Marcia Nadine Simone Kerry-Ann",
           "Campbell Francis Gayle Morrison Henry Powell Thompson Grant Bailey"),
    # ---- Western Europe
    "de": ("Europe", "DE", "gf",
           "Lukas Jonas Felix Maximilian Jürgen Klaus-Peter Hans-Jürgen Dieter Uwe Torsten Kai Jörg",
           "Anna Lena Lea Sophie Ursula Birgit Anke Heike Anne-Kathrin Marie-Luise Jana Frauke",
           "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Wolf Vogel "
           "Klein Lang Braun Schwarz Weiß Krüger Groß von_Bülow von_der_Heide zu_Stolberg Strauß Nußbaum"),
    "de_at": ("Europe", "AT", "gf",
              "Florian Matthias Wolfgang Gernot Leopold",
              "Theresa Magdalena Johanna Veronika Katharina",
              "Gruber Huber Bauer Pichler Moser Hofer Leitner Steiner Wimmer Mayrhofer"),
    "nl": ("Europe", "NL", "gf",
           "Daan Bram Sem Joost Pieter Maarten Thijs Sander Ruud Willem",
           "Sanne Femke Lotte Anouk Fleur Marieke Ilse Noor Eva Jildou",
           "de_Vries Jansen van_den_Berg van_Dijk Bakker Visser Smit de_Jong van_der_Meer "
           "van_'t_Hof ter_Horst Mulder de_Groot Bosman Vermeulen van_Leeuwen de_Boer"),
    "be": ("Europe", "BE", "gf",
           "Wout Jelle Arne Thibault Maxime",
           "Lies Elke Margaux Wendy Amélie",
           "Peeters Janssens Maes Claes Wouters De_Smet Van_Damme Vandenbroucke Dubois Lambert"),
    "fr": ("Europe", "FR", "gf",
           "Jean-Baptiste Jean-Luc Pierre-Yves Thibaut Mathis Benoît Loïc Hervé Gaël Étienne Raphaël",
           "Marie-Claire Anne-Sophie Élodie Margaux Océane Clémence Gaëlle Séverine Maëlle Inès Léa",
           "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Rousseau Fontaine Chevalier Mercier "
           "Le_Gall Le_Goff du_Pont de_la_Fontaine d'Aubigny Duval Lemaître Bonnet Blanc Petit"),
    "es": ("Europe", "ES", "gf",
           "Javier Alejandro Iñaki Jordi Sergio Álvaro Íñigo Rubén Joaquín Xabier",
           "Lucía María_José Carmen Ainhoa Nerea Begoña Montserrat Pilar Itziar Rocío",
           "García_López Fernández_Ruiz Martínez_de_la_Torre Sánchez González_y_Pérez Romero Navarro "
           "Domínguez Gil Serrano Iglesias Ortega de_la_Cruz Echeverría Goikoetxea Puig Vidal"),
    "pt": ("Europe", "PT", "gf",
           "João Tiago Rui Nuno Gonçalo Duarte",
           "Inês Beatriz Leonor Mariana Matilde Joana",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues dos_Santos da_Silva Gonçalves Sousa"),
    "it": ("Europe", "IT", "gf",
           "Alessandro Lorenzo Matteo Giuseppe Salvatore Gianluca Pierpaolo Vincenzo Niccolò Andrea",
           "Giulia Chiara Francesca Alessia Federica Giovanna Rosaria Benedetta Ilaria Martina",
           "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco De_Luca Di_Stefano "
           "Lo_Russo D'Angelo Della_Valle Mancini Caruso Santoro"),
    # ---- Nordic
    "se": ("Europe", "SE", "gf",
           "Lars Björn Anders Mikael Oskar Elias Linus",
           "Astrid Ingrid Maja Linnéa Saga Ebba Sigrid",
           "Andersson Johansson Karlsson Nilsson Lindqvist Sjöberg Bergström Åkesson Lundgren"),
    "no": ("Europe", "NO", "gf",
           "Håkon Sindre Eirik Magnus Ole",
           "Ingvild Solveig Ragnhild Kari Tuva",
           "Hansen Johansen Olsen Berg Haugen Bakken Solberg Strøm Løkken Ødegård"),
    "dk": ("Europe", "DK", "gf",
           "Søren Mads Rasmus Jesper Frederik",
           "Mette Freja Signe Karen Ida",
           "Jensen Nielsen Pedersen Rasmussen Kjærgaard Møller Sørensen Thomsen"),
    "fi": ("Europe", "FI", "gf",
           "Juha Mikko Antti Jussi Eero Ville",
           "Aino Helmi Satu Päivi Tuulikki Venla",
           "Korhonen Virtanen Mäkinen Nieminen Hämäläinen Järvinen Heikkinen Koskinen"),
    "is": ("Europe", "IS", "gf",
           "Guðmundur Sigurður Jón Ólafur Einar Kristján",
           "Guðrún Sigríður Kristín Helga Anna Björk",
           "PATRONYMIC"),
    # ---- Central and Eastern Europe
    "pl": ("Europe", "PL", "gf",
           "Krzysztof Łukasz Paweł Tomasz Grzegorz Wojciech Michał",
           "Agnieszka Małgorzata Katarzyna Joanna Zofia Urszula Magdalena",
           "Kowalski|Kowalska Nowak Wiśniewski|Wiśniewska Wójcik Kamiński|Kamińska Lewandowski|Lewandowska "
           "Zieliński|Zielińska Szymański|Szymańska Dąbrowski|Dąbrowska Woźniak Grabowski|Grabowska"),
    "cz": ("Europe", "CZ", "gf",
           "Jiří Tomáš Ondřej Vojtěch Lukáš Petr",
           "Tereza Lucie Kateřina Zuzana Markéta Eliška",
           "Novák|Nováková Svoboda|Svobodová Dvořák|Dvořáková Černý|Černá Procházka|Procházková "
           "Kučera|Kučerová Veselý|Veselá Horák|Horáková"),
    "hu": ("Europe", "HU", "fg",
           "László István Zoltán Gábor Bence Levente",
           "Zsófia Katalin Erzsébet Réka Eszter Boglárka",
           "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh"),
    "ro": ("Europe", "RO", "gf",
           "Andrei Mihai Ionuț Bogdan Radu Florin",
           "Ioana Andreea Mădălina Roxana Elena Bianca",
           "Popescu Ionescu Popa Dumitrescu Stoica Constantinescu Munteanu Ștefănescu"),
    "hr": ("Europe", "HR", "gf",
           "Ivan Luka Marko Dario Goran Željko",
           "Ivana Petra Maja Lucija Snježana Dubravka",
           "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Perić"),
    "rs": ("Europe", "RS", "gf",
           "Nikola Stefan Miloš Dušan Vuk Nemanja",
           "Jelena Milica Ana Dragana Teodora Jovana",
           "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović"),
    "ru": ("Europe", "RU", "gf",
           "Aleksandr Dmitriy Sergey Andrey Mikhail Nikolay Yevgeny",
           "Yekaterina Anastasia Olga Tatiana Svetlana Natalya Darya",
           "Ivanov|Ivanova Smirnov|Smirnova Kuznetsov|Kuznetsova Popov|Popova Sokolov|Sokolova "
           "Lebedev|Lebedeva Kozlov|Kozlova Novikov|Novikova Morozov|Morozova Volkov|Volkova"),
    "ua": ("Europe", "UA", "gf",
           "Oleksandr Taras Bohdan Mykola Andriy Yaroslav",
           "Oksana Olena Iryna Khrystyna Solomiya Halyna",
           "Shevchenko Kovalenko Bondarenko Tkachenko Kravchuk Melnyk Boyko Oliynyk Savchuk"),
    "gr": ("Europe", "GR", "gf",
           "Georgios Dimitrios Konstantinos Nikolaos Ioannis Christos Panagiotis",
           "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Despoina",
           "Papadopoulos|Papadopoulou Georgiou Nikolaidis|Nikolaidou Oikonomou Konstantinidis|Konstantinidou "
           "Papageorgiou Vlachos|Vlachou Karagiannis|Karagianni Antonopoulos|Antonopoulou"),
    "tr": ("Europe", "TR", "gf",
           "Mehmet Mustafa Ahmet Emre Burak Oğuz Çağrı Barış",
           "Ayşe Fatma Zeynep Elif Gülşen Özlem Şebnem Damla",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç"),
    "ge": ("Europe", "GE", "gf",
           "Giorgi Levan Davit Irakli Nikoloz",
           "Nino Tamar Mariam Ketevan Salome",
           "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri"),
    "am": ("Europe", "AM", "gf",
           "Aram Tigran Hayk Narek Armen",
           "Anahit Lilit Siranush Mariam Nune",
           "Hakobyan Harutyunyan Sargsyan Grigoryan Petrosyan Vardanyan"),
    # ---- Middle East / North Africa
    "ar": ("MENA", "EG", "gf",
           "Mohamed Ahmed Omar Youssef Karim Tarek Hisham Walid Abdelrahman",
           "Fatima Nour Yasmin Rania Dina Salma Hala Mariam Layla",
           "Al-Masri El-Sayed Abdel-Fattah Al_Hashimi Haddad Khoury Nassar Mansour Abou_Zeid Ben_Ali "
           "Saleh Farouk Abdallah El_Amrani Bouazizi"),
    "ma": ("MENA", "MA", "gf",
           "Yassine Mehdi Hamza Anas Soufiane",
           "Imane Khadija Salma Meryem Siham",
           "Benali El_Idrissi Alaoui Bennani Tazi Chraibi Berrada"),
    "ir": ("MENA", "IR", "gf",
           "Reza Mohammad Ali Hossein Arash Babak Kourosh",
           "Shirin Maryam Parisa Leila Niloufar Azadeh Golnaz",
           "Hosseini Rezaei Mohammadi Karimi Ahmadi Jafari Tehrani Farahani"),
    "il": ("MENA", "IL", "gf",
           "Yossi Avi Noam Eitan Itai Ariel",
           "Noa Tamar Shira Yael Michal Adi",
           "Cohen Levi Mizrahi Peretz Biton Friedman Avraham Ben-David Shapiro"),
    # ---- South Asia
    "in_n": ("South Asia", "IN", "gf",
             "Rahul Amit Vikram Arjun Rohan Siddharth Aditya Sanjay",
             "Priya Ananya Kavya Neha Pooja Shreya Deepika Sunita",
             "Sharma Verma Gupta Singh Kapoor Malhotra Agarwal Chopra Mehta Joshi Bhattacharya"),
    "in_s": ("South Asia", "IN", "gf",
             "Karthik Venkatesh Arun Senthil Prakash Murali",
             "Lakshmi Divya Meenakshi Revathi Kavitha Anitha",
             "Subramanian Krishnan Iyer Nair Pillai Raghavan Venkataraman Menon Reddy Rao"),
    "bd": ("South Asia", "BD", "gf",
           "Tanvir Rafiq Shakib Imran Arif",
           "Nusrat Farzana Sadia Tasnim Rumana",
           "Hossain Rahman Chowdhury Islam Ahmed Khan Uddin"),
    "pk": ("South Asia", "PK", "gf",
           "Usman Bilal Faisal Hamza Zubair",
           "Ayesha Sana Hira Mahnoor Zainab",
           "Qureshi Siddiqui Butt Malik Raza Iqbal Chaudhry"),
    "lk": ("South Asia", "LK", "gf",
           "Chaminda Nuwan Dinesh Kasun",
           "Dilani Nirosha Sanduni Tharushi",
           "Perera Fernando Jayawardena Wickramasinghe Gunasekara Rajapaksha"),
    # ---- East Asia
    "cn": ("East Asia", "CN", "fg",
           "Wei Jun Hao Lei Qiang Jian Zhiwei Yuxuan Haoran",
           "Fang Xiu Ying Li Mei Jing Xiaoyan Yuting Zihan",
           "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Ouyang"),
    "hk": ("East Asia", "HK", "gf",
           "Ka-Wai Chun-Kit Wing-Hong Tsz-Hin",
           "Mei-Ling Wing-Yan Hoi-Yan Ka-Yan",
           "Chan Wong Leung Cheung Lau Ng Tsang Yip"),
    "jp": ("East Asia", "JP", "fg",
           "Haruto Sota Ren Takumi Kenji Hiroshi Daisuke Yuto Shota",
           "Yui Aoi Sakura Hina Yuki Akiko Naomi Rin Mio",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
           "Sasaki Matsumoto Inoue Kimura Hayashi Shimizu"),
    "kr": ("East Asia", "KR", "fg",
           "Min-jun Seo-jun Do-yun Ji-ho Jae-won Hyun-woo Sung-min",
           "Seo-yeon Ji-woo Min-seo Ha-eun Soo-ah Ye-jin Eun-ji",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin"),
    # ---- South-East Asia
    "vn": ("SE Asia", "VN", "fg",
           "Minh Tuấn Hùng Dũng Quang Khoa Phúc",
           "Linh Trang Hương Thảo Ngọc Mai Anh",
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Đặng Bùi"),
    "th": ("SE Asia", "TH", "gf",
           "Somchai Anan Kittisak Thanawat Prasert",
           "Siriporn Nattaya Kanokwan Pimchanok Ratchanee",
           "Srisuk Wongsawat Chaiyaporn Rattanakorn Suwannarat Boonmee"),
    "ph": ("SE Asia", "PH", "gf",
           "Jose Mark_Anthony John_Paul Rodel Jericho Arnel",
           "Maricel Rowena Jocelyn Kristine Mary_Grace Lovely",
           "Santos Reyes Cruz Bautista dela_Cruz Dela_Rosa Villanueva Mendoza Macaraeg Dimaculangan"),
    "id": ("SE Asia", "ID", "gf",
           "Budi Agus Rizky Dimas Eko Yoga",
           "Siti Dewi Ayu Putri Ratna Indah",
           "Santoso Wijaya Hidayat Kusuma Setiawan Nugroho Saputra Gunawan"),
    "my": ("SE Asia", "MY", "gf",
           "Ahmad Muhammad Faizal Hafiz Azlan",
           "Nurul Aisyah Siti_Nur Farah Syafiqah",
           "MALAY"),
    # ---- Africa
    "ng": ("West Africa", "NG", "gf",
           "Chinedu Emeka Oluwaseun Babatunde Ikechukwu Tunde Chukwuemeka Femi",
           "Ngozi Chiamaka Funmilayo Adaeze Yetunde Folake Amarachi Blessing",
           "Okafor Adeyemi Okonkwo Eze Adebayo Nwosu Balogun Obi Ogunleye Chukwu Oyelaran"),
    "gh": ("West Africa", "GH", "gf",
           "Kwame Kofi Kwabena Yaw Kojo Kwaku",
           "Ama Akosua Abena Efua Adwoa Afia",
           "Mensah Owusu Asante Boateng Osei Appiah Agyeman"),
    "sn": ("West Africa", "SN", "gf",
           "Mamadou Ousmane Cheikh Ibrahima Moussa",
           "Aminata Fatou Awa Mariama Khady",
           "Diop Ndiaye Fall Sow Diallo Sarr Gueye"),
    "ke": ("East Africa", "KE", "gf",
           "Otieno Kiprono Wanjiru Kamau Mwangi Baraka",
           "Achieng Wairimu Njeri Chebet Akinyi Zawadi",
           "Ochieng Kiplagat Mutua Kariuki Odhiambo Wafula Chepkoech"),
    "et": ("East Africa", "ET", "gf",
           "Abebe Tesfaye Dawit Yohannes Mulugeta",
           "Meseret Tigist Selam Hiwot Bethlehem",
           "Bekele Haile Girma Tadesse Alemu Gebremedhin"),
    "za": ("Southern Africa", "ZA", "gf",
           "Thabo Sipho Bongani Themba Pieter Johan",
           "Nomvula Zanele Lindiwe Thandiwe Annelie Marelize",
           "Nkosi Dlamini Ndlovu Khumalo Mokoena van_der_Merwe Botha Pretorius Coetzee"),
    # ---- Americas (Spanish/Portuguese)
    "mx": ("Americas", "MX", "gf",
           "José_Luis Juan_Carlos Jesús Alejandro Ricardo Rodrigo Ulises Emiliano",
           "Guadalupe María_Fernanda Ximena Valeria Itzel Dulce Alondra Paola",
           "Hernández_Ramírez López_Mendoza Rodríguez Flores Gómez Morales Cruz_Jiménez Vázquez Reyes "
           "de_la_Garza Ortiz Castañeda Zúñiga"),
    "ar_ar": ("Americas", "AR", "gf",
              "Facundo Santiago Matías Gonzalo Ezequiel",
              "Florencia Agustina Camila Milagros Luciana",
              "González Fernández Pereyra Giménez Álvarez Benítez Acosta Sosa Medina"),
    "co": ("Americas", "CO", "gf",
           "Andrés Felipe Camilo Sebastián Julián",
           "Juliana Daniela Natalia Manuela Valentina",
           "Restrepo Ospina Gutiérrez Cárdenas Rojas Salazar Quintero"),
    "br": ("Americas", "BR", "gf",
           "João_Pedro Luiz_Fernando Thiago Guilherme Rafael Caio Vinícius Leandro",
           "Ana_Clara Maria_Eduarda Letícia Juliana Gabriela Thaís Larissa Fernanda",
           "Silva Santos Oliveira Souza Lima Pereira Carvalho Almeida Ribeiro dos_Santos da_Costa "
           "de_Souza Nascimento Araújo Conceição"),
    "ca_fr": ("Americas", "CA", "gf",
              "Jean-François Marc-André Sébastien Mathieu Félix",
              "Marie-Ève Geneviève Josée Isabelle Véronique",
              "Tremblay Gagnon Roy Côté Bouchard Gauthier Bélanger Lavoie Pelletier"),
}

# Native-script people: (tradition, given, family, romanised given, romanised family, sex)
NATIVE = [
    ("jp", "健二", "田中", "Kenji", "Tanaka", "m"), ("jp", "由紀", "佐藤", "Yuki", "Sato", "f"),
    ("jp", "翔太", "山本", "Shota", "Yamamoto", "m"), ("jp", "美緒", "中村", "Mio", "Nakamura", "f"),
    ("cn", "伟", "王", "Wei", "Wang", "m"), ("cn", "静", "李", "Jing", "Li", "f"),
    ("cn", "浩然", "张", "Haoran", "Zhang", "m"), ("cn", "雨婷", "陈", "Yuting", "Chen", "f"),
    ("cn", "子涵", "欧阳", "Zihan", "Ouyang", "f"),
    ("hk", "嘉偉", "陳", "Ka-Wai", "Chan", "m"),
    ("kr", "민준", "김", "Min-jun", "Kim", "m"), ("kr", "서연", "이", "Seo-yeon", "Lee", "f"),
    ("kr", "지우", "박", "Ji-woo", "Park", "f"), ("kr", "현우", "최", "Hyun-woo", "Choi", "m"),
    ("ru", "Дмитрий", "Соколов", "Dmitriy", "Sokolov", "m"), ("ru", "Анастасия", "Иванова", "Anastasia", "Ivanova", "f"),
    ("ru", "Сергей", "Лебедев", "Sergey", "Lebedev", "m"),
    ("ua", "Тарас", "Шевченко", "Taras", "Shevchenko", "m"), ("ua", "Оксана", "Бондаренко", "Oksana", "Bondarenko", "f"),
    ("rs", "Милица", "Јовановић", "Milica", "Jovanović", "f"),
    ("gr", "Γεώργιος", "Παπαδόπουλος", "Georgios", "Papadopoulos", "m"),
    ("gr", "Ελένη", "Νικολαΐδου", "Eleni", "Nikolaidou", "f"),
    ("ar", "محمد", "المصري", "Mohamed", "Al-Masri", "m"), ("ar", "نور", "حداد", "Nour", "Haddad", "f"),
    ("ar", "ليلى", "منصور", "Layla", "Mansour", "f"),
    ("ir", "شیرین", "حسینی", "Shirin", "Hosseini", "f"), ("ir", "آرش", "کریمی", "Arash", "Karimi", "m"),
    ("il", "נועה", "כהן", "Noa", "Cohen", "f"), ("il", "איתי", "לוי", "Itai", "Levi", "m"),
    ("in_n", "राहुल", "शर्मा", "Rahul", "Sharma", "m"), ("in_n", "प्रिया", "गुप्ता", "Priya", "Gupta", "f"),
    ("in_s", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", "m"),
    ("bd", "নুসরাত", "হোসেন", "Nusrat", "Hossain", "f"),
    ("th", "สมชาย", "ศรีสุข", "Somchai", "Srisuk", "m"), ("th", "ศิริพร", "บุญมี", "Siriporn", "Boonmee", "f"),
    ("ge", "ნინო", "ბერიძე", "Nino", "Beridze", "f"),
    ("am", "Անահիտ", "Հակոբյան", "Anahit", "Hakobyan", "f"),
    ("et", "ሰላም", "ኃይሌ", "Selam", "Haile", "f"),
]

# Place names, companies, products, titles and things named like people: hard negatives.
PLACES_LIKE_NAMES = [
    "Victoria, BC", "Adelaide", "Charlotte, NC", "Savannah, GA", "Florence", "Regina, SK", "Madison, WI",
    "Austin, TX", "Sofia", "Georgetown", "Eugene, OR", "Alexandria", "St. Helena", "Augusta", "Jackson, MS",
    "Marseille", "Santa Monica", "San José", "Lucerne", "Elizabeth, NJ",
]
COMPANIES_LIKE_NAMES = [
    "Hartley & Vance Talent", "Okafor Pictures Ltd", "Lindqvist Film AB", "Moreau Productions SAS",
    "Kowalski Studio Sp. z o.o.", "O'Brien Sound Hire Ltd", "Nakamura Lighting KK", "Van Damme Trucking BV",
    "McAllister Staging Inc.", "Fischer Rigging GmbH", "Santos & Filhos Eventos", "Papadopoulos Catering",
    "Warner Bros.", "Walt Disney Studios", "Paramount Pictures", "Morgan Creek", "Jim Henson Company",
    "Abbey Road Studios", "Pinewood Studios", "Ealing Studios", "Gaumont", "Pathé",
]
BANDS_LIKE_NAMES = [
    "Franz Ferdinand", "Jethro Tull", "Pink Floyd", "Lynyrd Skynyrd", "Marilyn Manson", "Alice Cooper",
    "Steely Dan", "Molly Hatchet", "Jack Johnson Tribute Band", "The Marlowe Sisters", "Harvey Milk Choir",
    "Sister Rosetta Quartet", "Eleanor's Ghost", "Mister Jones Trio", "Johnny Hates Jazz", "Dexys Midnight Runners",
]
TITLES_LIKE_NAMES = [
    "Finding Eleanor", "The Marlowe Files", "Dear Agnes", "Becoming Ruth", "Mrs. Bellweather Investigates",
    "Agatha at Midnight", "Uncle Bob's Garage", "Saving Private Lopez", "Henry & Clare", "The Loneliness of Tom",
    "Dr. Mendel's Garden", "Sister Hope", "Marguerite", "Joy Ride", "Chasing Summer", "Frankie Goes West",
]
CHARACTERS = [
    "DETECTIVE MARA QUINN", "YOUNG ELEANOR", "FATHER BRENNAN", "NURSE #2", "GRANDMA ROSE", "CAPTAIN VOSS",
    "DR. ALAN PIKE", "OFFICER DELGADO", "BARTENDER", "TEEN ZOE", "KING ALARIC", "MRS. HOLLOWAY", "BOY IN RED",
    "PRINCESS ILSE", "AGENT MORROW", "LITTLE TOMMY", "SERGEANT OKORO", "THE STRANGER",
]
VENUES_LIKE_NAMES = [
    "Royal Albert Hall", "Carnegie Hall", "Lucille Ball Stage", "Stage 7 (Hitchcock)", "Salle Pleyel",
    "Wigmore Hall", "Théâtre Marie-Curie", "Tchaikovsky Hall", "Grace Kelly Pavilion", "Teatro Massimo Vittorio",
    "Jay Pritzker Pavilion", "Olympia", "Paradiso", "Max-Schmeling-Halle", "Rod Laver Arena",
]
PRODUCTS_LIKE_NAMES = [
    "Avid Media Composer", "Pro Tools", "DaVinci Resolve", "ARRI Alexa 35", "RED Komodo", "Movie Magic",
    "Final Draft", "grandMA3", "Shure Axient", "Sennheiser Digital 6000", "Clear-Com FreeSpeak", "Riedel Bolero",
    "Dolby Atmos", "Frame.io", "Aspera", "Marvin (scheduler bot)", "Ada render farm", "Jarvis QC",
]

WORD_GIVEN = set("Will Grant Hunter Chase Drew Dean Frank Mark Jack Reed Cliff Buck Colt Rocky Dawn Hope Joy "
                 "Faith Summer April June Autumn Ivy Hazel Ruby Pearl Crystal Destiny Harmony Melody Amber Rose "
                 "Page Sky Holly Daisy Lovely Blessing Joy".split())


def _split(s):
    return [w.replace("_", " ") for w in s.split()]


def stats():
    given, fam, trads = set(), set(), 0
    for _code, (_r, _c, _o, gm, gf, fs) in TRADITIONS.items():
        trads += 1
        given.update(_split(gm) + _split(gf))
        for f in _split(fs):
            fam.update(f.split("|"))
    return trads, len(given), len(fam), len(NATIVE)


if __name__ == "__main__":
    t, g, f, n = stats()
    print(f"{t} traditions, {g} distinct given names, {f} surnames (plus patronymics and bin/binti), "
          f"{n} native-script people")
