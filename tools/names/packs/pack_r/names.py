"""Hand-written person-name lists for pack_r (no package, no copied list).

Each tradition: region, order, male given names, female given names, surnames.
* "_" inside an entry stands for a space (``van_der_Berg``, ``María_José``).
* "A|B" in a surname list is a gendered pair: masculine | feminine form.
* order: "gf" given-first, "ff" family-first (native), "either" (romanised East Asian: half the persons
  family-first), "double" (two surnames), "pt" (Portuguese/Brazilian surname chains), "bin" (Malay
  patronymic), "father" (Ethiopian / Somali: the family part is the father's given name).
"""

from __future__ import annotations

import unicodedata

TRADITIONS: dict[str, tuple[str, str, str, str, str]] = {
    # ---------------------------------------------------------------- Europe
    "en_gb": ("Europe", "gf",
              "Oliver Harry George Alfie Rhys Callum Declan Lewis Toby Rupert Nigel Graham",
              "Amelia Isla Poppy Freya Imogen Harriet Siobhan Gemma Bethany Philippa Tamsin Kirsty",
              "Whitfield Ashworth Pemberton Hargreaves Thornton Blackwood Fairclough Holloway Winstanley "
              "Cartwright Pickering Attwood Rowbotham Sutcliffe Ellingham"),
    "ga_ie": ("Europe", "gf",
              "Cian Oisín Tadhg Darragh Ciarán Pádraig Eoin Ruairí Colm Fionn",
              "Aoife Saoirse Niamh Caoimhe Orla Róisín Clodagh Sinéad Gráinne Ailbhe",
              "Ó_Briain|Ní_Bhriain Ó_Súilleabháin|Ní_Shúilleabháin Ó_Conaill|Ní_Chonaill "
              "O'Sullivan O'Donoghue McCarthy MacNamara Fitzgerald Gallagher Breathnach Quinlivan"),
    "gd_sco": ("Europe", "gf",
               "Hamish Fraser Angus Euan Lachlan Alasdair Murdo Gregor",
               "Eilidh Catriona Mhairi Isla Morag Kirsteen Ailsa Fiona",
               "MacLeod MacKenzie Urquhart Drummond Menzies MacGregor Robertson Sinclair Buchanan MacAskill"),
    "cy": ("Europe", "gf",
           "Dafydd Iwan Gethin Rhodri Emrys Aled Llywelyn Gruffydd",
           "Cerys Angharad Ffion Bronwen Nia Gwenllian Eleri Lowri",
           "ap_Rhys Llewellyn Pritchard Vaughan Prosser Bowen Gwynne Meredith Powys"),
    "de": ("Europe", "gf",
           "Jürgen Klaus-Peter Wolfgang Lukas Maximilian Torsten Dieter Henrik Matthias Jörg Uwe",
           "Sabine Ute Annegret Hannelore Mareike Jana Friederike Lena-Marie Gudrun Birgit Anke",
           "Müller Schröder Weißmann Bauer Köhler von_Bülow zu_Guttenberg Hoffmeister Krüger Nußbaum "
           "Schäfer Brandtner Scholz-Wegener Oberhäuser"),
    "nl": ("Europe", "gf",
           "Joost Bram Sander Thijs Maarten Wouter Ruud Jeroen Sjoerd Pieter",
           "Femke Anouk Sanne Marloes Ilse Lotte Mirjam Wietske Annelies Fenna",
           "van_der_Berg de_Vries van_Dijk Bakker Jansen van_'t_Hof ter_Horst van_den_Broek Hoekstra "
           "de_Jong Visser Smits van_Leeuwen Dijkstra"),
    "fr": ("Europe", "gf",
           "Jean-Baptiste Guillaume Théo Mathieu Étienne Loïc Benoît Rémi Aurélien Cédric",
           "Élodie Margaux Clémence Anaïs Solène Océane Noémie Bérénice Maëlle Hélène",
           "Dubois Lefèvre Moreau Girard Rousseau Le_Goff d'Aubigné de_la_Fontaine Chevalier Fournier "
           "Mercier Lemaire Bonnard Duval"),
    "es": ("Europe", "double",
           "Javier Álvaro Íñigo Sergio Alejandro Rubén Gonzalo Joaquín Mikel Borja",
           "Lucía María_José Nerea Ainhoa Itziar Begoña Rocío Pilar Macarena Inmaculada",
           "García López Fernández Martínez Sánchez Ortuño Iglesias Castaño Muñoz Gutiérrez Echeverría "
           "Zubizarreta Peñalver Ibáñez Cifuentes"),
    "pt": ("Europe", "pt",
           "João Tiago Rui Duarte Gonçalo Vasco Nuno Afonso Luís Simão",
           "Inês Beatriz Leonor Matilde Joana Carolina Filipa Teresa Rita Sofia",
           "Silva Santos Ferreira Pereira Carvalho Sousa Magalhães Rodrigues Barbosa Figueiredo Gonçalves Tavares"),
    "it": ("Europe", "gf",
           "Giuseppe Alessandro Lorenzo Matteo Davide Gianluca Stefano Riccardo Federico Niccolò",
           "Giulia Chiara Francesca Alessia Martina Ilaria Benedetta Ludovica Serena Gaia",
           "Rossi Esposito Bianchi Romano Colombo De_Luca Di_Stefano Ferraro Mancini Caruso Lombardi Galli "
           "D'Angelo Santoro"),
    "pl": ("Europe", "gf",
           "Krzysztof Grzegorz Łukasz Paweł Tomasz Wojciech Jakub Bartosz Michał Przemysław",
           "Agnieszka Małgorzata Katarzyna Joanna Zofia Magdalena Ewelina Justyna Bożena Weronika",
           "Kowalski|Kowalska Wiśniewski|Wiśniewska Wójcik Kamiński|Kamińska Lewandowski|Lewandowska "
           "Zieliński|Zielińska Szymański|Szymańska Dąbrowski|Dąbrowska Nowak Kaczmarek Mazur "
           "Jankowski|Jankowska Grabowski|Grabowska"),
    "cs": ("Europe", "gf",
           "Jiří Petr Tomáš Ondřej Vojtěch Radek Zdeněk Lukáš Miroslav",
           "Eliška Tereza Lucie Kateřina Veronika Zuzana Jitka Markéta Hana",
           "Novák|Nováková Svoboda|Svobodová Dvořák|Dvořáková Černý|Černá Procházka|Procházková "
           "Kučera|Kučerová Veselý|Veselá Horák|Horáková Němec|Němcová Pokorný|Pokorná"),
    "sk": ("Europe", "gf",
           "Marek Juraj Matúš Ľubomír Dušan Branislav",
           "Ľudmila Zuzana Dominika Mária Slavomíra Adriana",
           "Horváth|Horváthová Kováč|Kováčová Baláž|Balážová Varga|Vargová Tóth|Tóthová"),
    "ru": ("Europe", "gf",
           "Dmitry Sergei Alexei Nikolai Mikhail Vladimir Yevgeny Konstantin Artyom",
           "Yekaterina Svetlana Natalia Olga Tatiana Irina Yulia Anastasia Ksenia",
           "Ivanov|Ivanova Smirnov|Smirnova Volkov|Volkova Sokolov|Sokolova Kuznetsov|Kuznetsova "
           "Morozov|Morozova Lebedev|Lebedeva Vinogradov|Vinogradova Zaitsev|Zaitseva"),
    "uk": ("Europe", "gf",
           "Oleksandr Andriy Bohdan Taras Yaroslav Mykola Ostap Vasyl",
           "Oksana Khrystyna Solomiia Iryna Halyna Nataliia Viktoriia Zoriana",
           "Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchuk Hrytsenko Lysenko Moroz Savchuk"),
    "bg": ("Europe", "gf",
           "Stoyan Hristo Todor Plamen Boyan Rumen Ivaylo",
           "Desislava Radostina Tsvetelina Milena Yordanka Gergana Vesela",
           "Petrov|Petrova Georgiev|Georgieva Dimitrov|Dimitrova Stoyanov|Stoyanova Todorov|Todorova "
           "Nikolov|Nikolova"),
    "sr_hr": ("Europe", "gf",
              "Nikola Dragan Miloš Stefan Luka Zoran Goran Ivica Dario",
              "Jelena Milica Ivana Dragana Snežana Marija Katarina Tijana",
              "Jovanović Petrović Nikolić Marković Đorđević Horvat Kovačević Babić Perić Šarić"),
    "ro": ("Europe", "gf",
           "Andrei Mihai Bogdan Cristian Ionuț Răzvan Sorin Vlad Cătălin",
           "Ioana Andreea Mădălina Roxana Bianca Alina Loredana Oana Georgiana",
           "Popescu Ionescu Dumitrescu Stănescu Constantinescu Munteanu Răducanu Bălan Țurcanu Marinescu"),
    "hu": ("Europe", "ff",
           "Bence Gergely Zsolt Levente Ákos Balázs Csaba Tamás Gábor",
           "Zsófia Réka Eszter Boglárka Kinga Anikó Ildikó Katalin Dóra",
           "Nagy Kovács Szabó Horváth Varga Tóth Farkas Balogh Papp Lakatos Fekete Szűcs"),
    "el": ("Europe", "gf",
           "Georgios Dimitrios Konstantinos Ioannis Nikolaos Christos Panagiotis Vasileios Stavros",
           "Eleni Katerina Vasiliki Sofia Dimitra Angeliki Eirini Panagiota Chrysoula",
           "Papadopoulos|Papadopoulou Nikolaidis|Nikolaidou Georgiou Pappas Karagiannis|Karagianni "
           "Oikonomou Vlachos|Vlachou Makris|Makri Antoniou Christodoulou"),
    "sv_no_da": ("Europe", "gf",
                 "Björn Magnus Henrik Anders Sindre Eskil Torbjørn Mikkel Rasmus Søren",
                 "Ingrid Sigrid Linnéa Åsa Maja Solveig Tuva Frida Kirsten Mette",
                 "Lindqvist Sjöberg Bergström Håkansson Nyström Østergaard Kjærgaard Halvorsen Løvland "
                 "Engström Dahlberg Rasmussen"),
    "fi": ("Europe", "gf",
           "Juha Mikko Jukka Antti Petteri Sami Ville Eero Lauri",
           "Aino Helmi Eeva Satu Päivi Tuula Kaisa Minna Liisa",
           "Mäkinen Virtanen Korhonen Nieminen Hämäläinen Laaksonen Heikkinen Järvinen Lehtonen Koskinen"),
    "is": ("Europe", "gf",
           "Guðmundur Sigurður Þórður Einar Kristján Ólafur Snorri",
           "Guðrún Sigríður Þórunn Katrín Ragnheiður Halldóra Birna",
           "Jónsson|Jónsdóttir Sigurðsson|Sigurðardóttir Guðmundsson|Guðmundsdóttir "
           "Ólafsson|Ólafsdóttir Einarsson|Einarsdóttir Þórsson|Þórsdóttir"),
    "lt_lv": ("Europe", "gf",
              "Mindaugas Tomas Darius Žygimantas Arvydas Jānis Kārlis Mārtiņš",
              "Rūta Aistė Gintarė Eglė Ieva Līga Ilze Zane",
              "Kazlauskas|Kazlauskienė Petrauskas|Petrauskaitė Jankauskas|Jankauskienė "
              "Bērziņš|Bērziņa Kalniņš|Kalniņa Ozols|Ozola"),
    "tr": ("Europe", "gf",
           "Mehmet Mustafa Emre Burak Oğuz Serkan Volkan Çağlar Kaan Uğur",
           "Ayşe Zeynep Elif Gülşen Özlem Şebnem Merve Büşra Derya Ebru",
           "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Koç"),
    "sq": ("Europe", "gf",
           "Arben Besnik Driton Ilir Gentian Fatmir",
           "Blerta Drita Elira Mimoza Vjosa Arbana",
           "Hoxha Krasniqi Berisha Gashi Shehu Kelmendi"),
    # -------------------------------------------- Middle East, North Africa
    "ar_levant": ("Middle East", "gf",
                  "Khaled Omar Tarek Samir Rami Ziad Walid Bassam Nabil Fadi",
                  "Rania Lina Hala Dima Nour Reem Yasmine Maysa Carla Ghada",
                  "Haddad Khoury Nasrallah Saleh Mansour Aoun Farah Chahine Abou-Jaoude El-Hage Haidar"),
    "ar_gulf": ("Middle East", "gf",
                "Abdullah Faisal Sultan Hamad Mansour Saeed Rashid Majid",
                "Maryam Noora Latifa Shamma Hessa Aisha Moza Alya",
                "Al-Mansouri Al-Qahtani Al-Harbi Al_Nuaimi Al-Shehhi Al-Dosari Al-Ketbi Al-Mazrouei"),
    "ar_eg": ("Africa", "gf",
              "Ahmed Mahmoud Mostafa Karim Sherif Hossam Amr Tamer",
              "Nourhan Mariam Yasmin Dina Heba Salma Shaimaa Rana",
              "Abdelrahman Elsayed Abdelaziz Hegazy Fathy Gamal Shalaby Ragab"),
    "maghreb": ("Africa", "gf",
                "Youssef Mehdi Hamza Anas Rachid Karim Nassim Sofiane",
                "Imane Salma Khadija Meriem Soukaina Fatima-Zahra Houda Nadia",
                "Benali Bennani El_Idrissi Alaoui Bouzid Tazi Chraibi Ben_Youssef Belkacem Lahlou"),
    "fa": ("Middle East", "gf",
           "Reza Mohammad-Ali Dariush Kourosh Babak Arash Farhad Omid",
           "Shirin Parisa Maryam Niloufar Golnaz Mahsa Roya Soraya",
           "Hosseini Rezaei Moradi Karimi Tehrani Jafari Sadeghi Ghorbani Shirazi Esfahani"),
    "he": ("Middle East", "gf",
           "Yonatan Itai Amir Eitan Noam Yehuda Ariel Tomer",
           "Noa Tamar Shira Michal Yael Adi Maayan Hadas",
           "Cohen Levi Mizrahi Peretz Biton Friedman Ben-David Avraham Shapira Katz"),
    # ------------------------------------------------- Caucasus, Central Asia
    "ka": ("Caucasus", "gf",
           "Giorgi Levan Davit Irakli Zurab Nikoloz Tornike",
           "Nino Tamar Mariam Ketevan Salome Eka Natia",
           "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Chkheidze Janelidze"),
    "hy": ("Caucasus", "gf",
           "Aram Tigran Hayk Armen Narek Gevorg Vahe",
           "Anahit Lilit Siranush Mariam Nune Ani Gayane",
           "Petrosyan Hakobyan Grigoryan Sargsyan Harutyunyan Mkrtchyan Avetisyan Karapetyan"),
    "kk_uz": ("Central Asia", "gf",
              "Nurlan Yerlan Askar Daulet Timur Rustam Bakhtiyor Sanjar",
              "Aigerim Dinara Gulnara Madina Zarina Aizhan Dilnoza Kamila",
              "Nurlanov|Nurlanova Abenov|Abenova Seitkali Yusupov|Yusupova Karimov|Karimova "
              "Rakhimov|Rakhimova Ismoilov|Ismoilova Zhaksybekov|Zhaksybekova"),
    # ------------------------------------------------------------ South Asia
    "hi": ("South Asia", "gf",
           "Arjun Rohan Vikram Aditya Siddharth Nikhil Pranav Harsh Kunal",
           "Ananya Kavya Ishita Pooja Neha Shreya Aditi Divya Meenakshi",
           "Sharma Verma Agarwal Gupta Chaturvedi Srivastava Mishra Bhattacharya Joshi Kulkarni Deshpande"),
    "ta_te": ("South Asia", "gf",
              "Karthik Senthil Venkatesh Arvind Balaji Suresh Ravi Murugan",
              "Lakshmi Priya Divya Sangeetha Revathi Bhavani Keerthana Anitha",
              "Subramanian Ramachandran Krishnamurthy Venkataraman Iyer Natarajan Reddy Naidu Pillai"),
    "pa": ("South Asia", "gf",
           "Gurpreet Harjit Jaspreet Manpreet Amrit Kuldeep Balwinder Harpal",
           "Simran Harleen Navneet Jasleen Rupinder Gurleen Amandeep Kiranjit",
           "Singh|Kaur Gill Sandhu Dhillon Sidhu Grewal Bains Randhawa"),
    "bn": ("South Asia", "gf",
           "Arnab Sourav Anirban Debashish Tanvir Rafiq Shuvo",
           "Moumita Sharmila Tahmina Nusrat Rituparna Farzana Ishrat",
           "Chatterjee Mukherjee Banerjee Ghosh Chowdhury Rahman Hossain Sarkar Dutta"),
    "ur_pk": ("South Asia", "gf",
              "Usman Bilal Hamza Faisal Zeeshan Kashif Imran Shahid",
              "Ayesha Sana Mahnoor Hira Saima Nimra Rabia Zainab",
              "Qureshi Siddiqui Chaudhry Malik Butt Abbasi Raza Javed Hashmi"),
    "si": ("South Asia", "gf",
           "Nuwan Kasun Chaminda Lahiru Sanjeewa Dinesh",
           "Nadeesha Chathurika Dilani Sanduni Ishara Tharushi",
           "Perera Fernando Jayawardena Wickramasinghe Bandara Gunasekara Rajapaksa Dissanayake"),
    # ------------------------------------------------------------- East Asia
    "zh": ("East Asia", "either",
           "Wei Jun Hao Zhiwei Jianguo Yifan Zihan Haoran Xiaoming",
           "Xiaoling Jing Yan Meiling Xinyi Yuting Shuang Lijuan Qian",
           "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Ouyang Guo"),
    "yue_tw": ("East Asia", "either",
               "Ka-ming Chi-wai Wing-kit Chun-hei Yu-hsiang Chia-hao",
               "Mei-ling Wing-yan Hiu-tung Shu-fen Yi-chun Pei-shan",
               "Chan Wong Leung Cheung Lau Tsai Hsu Lin"),
    "ja": ("East Asia", "either",
           "Haruto Takumi Kenta Daisuke Shota Yusuke Hiroshi Ren Sota",
           "Yui Haruka Misaki Ayaka Sakura Nanami Yuka Rin Aoi",
           "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Yoshida Matsumoto Inoue"),
    "ko": ("East Asia", "either",
           "Min-jun Seo-jun Ji-hoon Hyun-woo Jae-won Dong-hyun Sung-min",
           "Seo-yeon Ji-woo Ha-eun Soo-ah Min-seo Ye-jin Da-eun",
           "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim"),
    # --------------------------------------------------------- SE Asia
    "vi": ("South-East Asia", "ff",
           "Văn_Minh Đức_Anh Quốc_Bảo Minh_Tuấn Hoàng_Long Thành_Công",
           "Thị_Lan Ngọc_Anh Thu_Trang Phương_Linh Thị_Hương Bảo_Châu",
           "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi"),
    "th": ("South-East Asia", "gf",
           "Somchai Anurak Kittisak Thanawat Prasert Nattapong",
           "Siriporn Kanokwan Pimchanok Suda Ratchanee Nok",
           "Srisuk Wongsawat Chaiyaporn Thongchai Rattanakorn Boonmee Saetang"),
    "fil": ("South-East Asia", "gf",
            "Jericho Rommel Jomar Paolo Dindo Arnel Rodel",
            "Maricel Jocelyn Kristine Rowena Liezl Analyn Jonalyn",
            "Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Macapagal Dimaculangan Panganiban"),
    "id": ("South-East Asia", "gf",
           "Budi Agus Bambang Rizky Wahyu Dimas Hendra Joko",
           "Siti Dewi Ayu Putri Ratna Wulan Indah Lestari",
           "Santoso Wijaya Hidayat Kusuma Saputra Nugroho Halim Setiawan Gunawan"),
    "ms": ("South-East Asia", "bin",
           "Ahmad Muhammad Hafiz Azlan Faizal Khairul Zulkifli Haziq",
           "Nur_Aisyah Siti_Nurhaliza Farah Aina Nurul Izzati Syafiqah Hanis",
           "Ismail Hassan Rahman Abdullah Yusof Osman Hamzah Salleh Ibrahim"),
    # ------------------------------------------------------------- Africa
    "yo": ("Africa", "gf",
           "Oluwaseun Adebayo Babatunde Olumide Tunde Ayodele Femi Kayode",
           "Folake Adaeze Yetunde Omolara Titilayo Funmilayo Abimbola Bukola",
           "Adeyemi Ogunleye Adebisi Oyelaran Fashola Okonjo Akinola Ogundipe"),
    "ig": ("Africa", "gf",
           "Chukwuemeka Obinna Ikenna Chinedu Nnamdi Uchenna Ifeanyi",
           "Ngozi Chiamaka Adaora Chinwe Ifeoma Nkechi Obiageli",
           "Okafor Eze Nwosu Okeke Chukwu Obi Nwankwo Onyekachi"),
    "ak": ("Africa", "gf",
           "Kwame Kofi Yaw Kwabena Kwadwo Kojo Kwaku",
           "Akosua Ama Abena Adwoa Efua Afua Yaa",
           "Mensah Owusu Asante Boateng Appiah Ofori Darko Agyeman"),
    "sw": ("Africa", "gf",
           "Baraka Juma Otieno Kamau Mwangi Odhiambo Kipchoge Omondi",
           "Wanjiru Achieng Nyambura Amani Zawadi Njeri Akinyi Wambui",
           "Kariuki Mutua Wekesa Chebet Kiprotich Onyango Ndungu Mwakilema"),
    "am": ("Africa", "father",
           "Dawit Tesfaye Bereket Yohannes Abebe Haile Mulugeta Girma",
           "Selamawit Hirut Tigist Meseret Bethlehem Mahlet Rahel Saba",
           ""),
    "so": ("Africa", "father",
           "Abdirahman Mohamed Abdullahi Hassan Liban Farah Yusuf",
           "Hodan Faadumo Ifrah Sahra Ayaan Hibo Ubah",
           ""),
    "zu_xh": ("Africa", "gf",
              "Sipho Thabo Mandla Sibusiso Lwazi Themba Bongani",
              "Nomvula Thandeka Zanele Lindiwe Nokuthula Ayanda Buhle",
              "Dlamini Nkosi Ndlovu Mthembu Zulu Khumalo Mahlangu Nxumalo"),
    "af": ("Africa", "gf",
           "Pieter-Jan Johannes Danie Riaan Francois Wessel",
           "Marietjie Elmarie Annelie Lizelle Riana Chantelle",
           "van_der_Merwe du_Plessis Botha Pretorius van_Wyk Steyn le_Roux Coetzee"),
    # ------------------------------------------------------------ Americas
    "en_us": ("Americas", "gf",
              "Tyler Brandon Dustin Cody Jared Travis Garrett Brent Colton Dwayne",
              "Brittany Kayla Shelby Courtney Amber Tiffany Madison-Rae Lakeisha Bethany Kaitlyn",
              "Whitaker Kowalczyk Delgado Hollister McAllister Brannigan Oyelowo Washburn Thibodeaux "
              "Kaminsky Fitzpatrick Vanderbilt-Hayes"),
    "es_mx": ("Americas", "double",
              "José_Luis Juan_Carlos Rodrigo Emiliano Mauricio Ulises Octavio Marco_Antonio",
              "Guadalupe Ximena Citlali Fernanda Alejandra Montserrat Itzel Mariana",
              "Hernández Ramírez Cervantes Villaseñor Zamora Quintanilla Olvera Ocampo Tapia Salazar"),
    "pt_br": ("Americas", "pt",
              "Thiago Gustavo Leandro Rafael Vinícius Matheus Caio Júlio",
              "Larissa Camila Gabriela Letícia Juliana Thaís Bruna Natália",
              "Oliveira Souza Costa Almeida Nascimento Araújo Ribeiro Cavalcanti Medeiros Lopes"),
    "andean": ("Americas", "double",
               "Wilfredo Efraín Edwin Yuri Américo Rolando",
               "Yesenia Nelly Rosmery Maribel Delia Flor_de_María",
               "Quispe Mamani Huamán Condori Choque Ticona Apaza Chambi"),
    "ar_cl": ("Americas", "double",
              "Matías Agustín Facundo Nicolás Ignacio Benjamín Tomás",
              "Valentina Florencia Agustina Camila Josefina Antonella Catalina",
              "Fernández González Rodríguez Gómez Pérez Bustamante Aguirre Echeverría Larraín Saavedra"),
    "carib": ("Americas", "gf",
              "Dwight Winston Delroy Marlon Kerron Jermaine Andre",
              "Shanique Tamika Keisha Natoya Jodian Shantel Tanisha",
              "Campbell-Brown Ramsaroop Persaud Williams-Cole Boodram Ferreira-Lewis Mohammed-Baptiste"),
    "fr_ca": ("Americas", "gf",
              "Mathis Félix Olivier Gabriel Samuel Xavier",
              "Léa Rosalie Maude Geneviève Marie-Ève Catherine",
              "Tremblay Gagnon Bouchard Côté Gauthier Bélanger Lévesque Pelletier"),
    "nv_ojib": ("Americas", "gf",
                "Tsosie Ahiga Nodin Makya Kele",
                "Nizhoni Kimi Aiyana Winona Tahnee",
                "Begay Yazzie Benally Tsinajinnie Manygoats Attakai"),
    # ------------------------------------------------------------- Pacific
    "mi": ("Pacific", "gf",
           "Tamati Wiremu Rawiri Hemi Nikau Tane",
           "Aroha Mere Huia Anahera Kahurangi Moana",
           "Ngata Te_Whaiti Parata Tipene Te_Rangi Horomona Walker-Ngata"),
    "sm_to": ("Pacific", "gf",
              "Sione Tevita Semisi Fetu Iosefa Malakai",
              "Losana Mele Salote Leilani Fetuao Ana-Lisa",
              "Tuilagi Fonoti Taufa Latu Fifita Leota Tuimavave"),
    "en_au": ("Pacific", "gf",
              "Lachie Bronson Brodie Jarrod Kieran Mitchell",
              "Tayla Jacinta Mikaela Kirra Shannon Bronte",
              "Pritchard-Jones Haddington Fairweather McGillivray Crisp Penhaligon"),
}

# ------------------------------------------------------------------ native-script given/family pairs
# (lang, gender, native given, native family, romanised given, romanised family, joined)
# joined: CJK names are written family+given with no space.
NATIVE: list[tuple[str, str, str, str, str, str, bool]] = [
    ("ja", "f", "花子", "佐藤", "Hanako", "Sato", True),
    ("ja", "m", "健太", "鈴木", "Kenta", "Suzuki", True),
    ("ja", "f", "美咲", "高橋", "Misaki", "Takahashi", True),
    ("ja", "m", "大輔", "渡辺", "Daisuke", "Watanabe", True),
    ("zh", "m", "伟", "王", "Wei", "Wang", True),
    ("zh", "f", "娜", "李", "Na", "Li", True),
    ("zh", "m", "晓明", "张", "Xiaoming", "Zhang", True),
    ("zh", "f", "静", "陈", "Jing", "Chen", True),
    ("zh_tw", "f", "怡君", "林", "Yi-chun", "Lin", True),
    ("ko", "f", "민서", "김", "Min-seo", "Kim", True),
    ("ko", "m", "준호", "이", "Jun-ho", "Lee", True),
    ("ko", "m", "지훈", "박", "Ji-hoon", "Park", True),
    ("ru", "m", "Иван", "Петров", "Ivan", "Petrov", False),
    ("ru", "f", "Анна", "Смирнова", "Anna", "Smirnova", False),
    ("uk", "f", "Олена", "Коваленко", "Olena", "Kovalenko", False),
    ("uk", "m", "Тарас", "Шевчук", "Taras", "Shevchuk", False),
    ("bg", "m", "Георги", "Димитров", "Georgi", "Dimitrov", False),
    ("sr", "f", "Милица", "Јовановић", "Milica", "Jovanović", False),
    ("el", "m", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", False),
    ("el", "f", "Ελένη", "Γεωργίου", "Eleni", "Georgiou", False),
    ("ar", "m", "محمد", "العلي", "Mohammed", "Al-Ali", False),
    ("ar", "f", "فاطمة", "حسن", "Fatima", "Hassan", False),
    ("fa", "m", "رضا", "احمدی", "Reza", "Ahmadi", False),
    ("he", "f", "נועה", "כהן", "Noa", "Cohen", False),
    ("he", "m", "יוסי", "לוי", "Yossi", "Levi", False),
    ("hi", "f", "प्रिया", "शर्मा", "Priya", "Sharma", False),
    ("hi", "m", "राहुल", "वर्मा", "Rahul", "Verma", False),
    ("bn", "m", "অমিত", "দাস", "Amit", "Das", False),
    ("ta", "m", "கார்த்திக்", "சுப்பிரமணியன்", "Karthik", "Subramanian", False),
    ("te", "f", "లక్ష్మి", "రెడ్డి", "Lakshmi", "Reddy", False),
    ("th", "m", "สมชาย", "ใจดี", "Somchai", "Jaidee", False),
    ("ka", "f", "ნინო", "ბერიძე", "Nino", "Beridze", False),
    ("hy", "m", "Արամ", "Պետրոսյան", "Aram", "Petrosyan", False),
    ("am", "f", "ሰላም", "ተስፋዬ", "Selam", "Tesfaye", False),
    ("pa", "f", "ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "Harpreet", "Kaur", False),
    ("ur", "m", "عمران", "قریشی", "Imran", "Qureshi", False),
]

PARTICLES = {
    "van", "der", "den", "de", "la", "le", "du", "da", "das", "do", "dos", "von", "zu", "ter", "te", "'t",
    "d'", "di", "del", "della", "al", "el", "bin", "binti", "ibn", "bint", "ben", "y", "ó", "ní", "ap",
    "abu", "op", "dela",
}

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
         "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "ħ": "h"}


def fold(s: str) -> str:
    """ASCII-fold a Latin string (diacritics dropped, special letters spelled out)."""
    s = "".join(_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _split(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


def _surnames(s: str) -> list[tuple[str, str]]:
    out = []
    for w in s.split():
        w = w.replace("_", " ")
        if "|" in w:
            m, f = w.split("|")
            out.append((m, f))
        else:
            out.append((w, w))
    return out


LISTS: dict[str, dict[str, object]] = {}
for _k, (_reg, _order, _m, _f, _s) in TRADITIONS.items():
    LISTS[_k] = {"region": _reg, "order": _order, "m": _split(_m), "f": _split(_f), "s": _surnames(_s)}


def stats() -> dict[str, int]:
    given = set()
    fam = set()
    for d in LISTS.values():
        given.update(d["m"])  # type: ignore[arg-type]
        given.update(d["f"])  # type: ignore[arg-type]
        for m, f in d["s"]:  # type: ignore[attr-defined]
            fam.add(m)
            fam.add(f)
    regions = {d["region"] for d in LISTS.values()}
    return {"traditions": len(LISTS), "regions": len(regions), "given": len(given), "surnames": len(fam),
            "native_pairs": len(NATIVE), "native_langs": len({n[0] for n in NATIVE})}


if __name__ == "__main__":
    for k, v in stats().items():
        print(f"{k}: {v}")
