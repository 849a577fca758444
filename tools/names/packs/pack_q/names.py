"""Hand-written person-name lists for pack_q (veterinary care, pet services, shelters, registries).

Written for this pack from general knowledge; no package and no other set's list was used.
Words are separated by spaces; `_` stands for a space inside one name ("van_der_Berg").
A tradition with a `surnames_f` list has gendered surname forms (index-aligned with `surnames`).
`order` is "gf" (given first) or "fg" (family first, native), or "either" (romanised East Asian).
"""

from __future__ import annotations

import unicodedata

# (key, region, order, male given, female given, surnames, female surname forms or "")
TRADITIONS: list[tuple[str, str, str, str, str, str, str]] = [
    ("english", "Europe", "gf",
     "Oliver Harry George Jack Thomas William James Edward Henry Alfie Callum Rhys Will Grant",
     "Amelia Olivia Emily Isla Poppy Jessica Charlotte Harriet Imogen Lucy Holly Rose Dawn Hope",
     "Smith Jones Taylor Brown Wilson Johnson Walker Wright Thompson Robinson Hughes Edwards Green Hall "
     "Clarke Lewis Turner Hill Cooper Ward Page Lane Hunter Goodwin Ashworth Fairbrother", ""),
    ("scottish", "Europe", "gf",
     "Hamish Angus Fraser Callum Euan Lachlan Alasdair Ruaridh Finlay Murdo",
     "Isla Eilidh Morag Kirsty Mhairi Catriona Fiona Iona Shona Ailsa",
     "MacDonald MacLeod Campbell Stewart Fraser Robertson McKenzie Murray Sinclair Drummond Buchanan McIntyre", ""),
    ("irish", "Europe", "gf",
     "Seán Ciarán Pádraig Oisín Darragh Cormac Eoin Tadhg Niall Ronan",
     "Aoife Siobhán Niamh Saoirse Caoimhe Róisín Orla Gráinne Clodagh Sinéad",
     "O'Brien O'Sullivan Murphy Kelly Byrne Ryan O'Connor Doyle McCarthy Ó_Briain Gallagher Kavanagh",
     "O'Brien O'Sullivan Murphy Kelly Byrne Ryan O'Connor Doyle McCarthy Ní_Bhriain Gallagher Kavanagh"),
    ("welsh", "Europe", "gf",
     "Dafydd Gareth Rhodri Emyr Ifan Gethin Aled Owain Iwan Huw",
     "Cerys Angharad Bethan Nia Ffion Seren Eleri Gwenllian Mererid Lowri",
     "Llewellyn Pritchard Vaughan Prosser Howells Bevan Griffiths Powell Jenkins Morgan", ""),
    ("german", "Europe", "gf",
     "Lukas Jonas Maximilian Felix Klaus-Peter Jürgen Matthias Florian Tobias Wolfgang Dieter Jörg",
     "Anna Lena Katharina Sophie Ute Hannelore Sabine Jana Franziska Annika Birgit Käthe",
     "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Köhler Zimmermann "
     "Krüger von_Bülow zu_Salm Weiß Schäfer Hartmann Groß Lindemann", ""),
    ("austrian_swiss", "Europe", "gf",
     "Leopold Florian Reto Urs Beat Andreas Stefan Ferdinand",
     "Theresia Magdalena Regula Corinne Verena Elisabeth Barbara Rahel",
     "Gruber Huber Bauer Pichler Moser Steiner Egger Brunner Baumgartner Zürcher Keller Frei", ""),
    ("dutch", "Europe", "gf",
     "Daan Sem Bram Joris Thijs Pieter Wouter Ruud Maarten Jeroen",
     "Sanne Femke Anouk Lotte Eva Marieke Lieke Esmee Roos Ilse",
     "de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit de_Jong van_der_Meer Mulder "
     "de_Boer Vos ter_Horst van_'t_Hof Hendriks Dekker", ""),
    ("flemish", "Europe", "gf",
     "Wout Jens Arne Stijn Koen Lander",
     "Fien Nele Lore Ine Elke Hanne",
     "Peeters Maes Claes Goossens Wouters De_Smet Van_de_Velde Vermeulen De_Clercq Van_Damme", ""),
    ("french", "Europe", "gf",
     "Jean-Luc Mathieu Théo Hugo Lucas Étienne Gaël Benoît Jérôme Thierry Antoine Rémi",
     "Camille Chloé Léa Manon Inès Océane Hélène Anne-Marie Sylvie Margaux Élodie Maëlle",
     "Martin Bernard Dubois Thomas Robert Petit Durand Leroy Moreau Lefèvre Girard Mercier "
     "Le_Gall d'Aubigny de_la_Fontaine Fournier Rousseau Chevalier Faure Duchêne", ""),
    ("quebecois", "Americas", "gf",
     "Gilles Réjean Mathis Félix Sylvain Yannick",
     "Marie-Ève Josée Geneviève Noémie Mélanie Chantal",
     "Tremblay Gagnon Roy Côté Bouchard Gauthier Pelletier Bélanger Lévesque Gagné", ""),
    ("spanish", "Europe", "gf",
     "José Javier Alejandro Pablo Íñigo Álvaro Sergio Rubén Jesús Miguel_Ángel Manuel Adrián",
     "María Lucía Carmen Paula Nuria Marta Begoña Inmaculada Ainhoa Rocío Pilar Montserrat",
     "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández "
     "Díaz Moreno Muñoz Álvarez Romero Navarro Iglesias Ortuño", ""),
    ("catalan_basque", "Europe", "gf",
     "Jordi Pau Oriol Xavier Aitor Iker Gorka Jon",
     "Montse Núria Laia Mireia Itziar Amaia Maite Leire",
     "Puig Vilaró Ferrer Soler Casals Etxeberria Goikoetxea Aguirre Urrutia Zubizarreta", ""),
    ("portuguese", "Europe", "gf",
     "João Tiago Rui Duarte Gonçalo Nuno Afonso Vasco Sérgio Tomás",
     "Inês Beatriz Leonor Mariana Joana Margarida Catarina Sofia Filipa Conceição",
     "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gonçalves "
     "dos_Santos da_Costa de_Almeida Magalhães Carvalho", ""),
    ("brazilian", "Americas", "gf",
     "Thiago Rafael Gustavo Leandro Vinícius Matheus Caio Otávio Rodrigo Luiz_Fernando",
     "Ana_Clara Larissa Fernanda Juliana Gabriela Letícia Thaís Bruna Luana Vitória",
     "da_Silva Souza Lima Alves Ribeiro Barbosa Araújo Cardoso Nascimento Rocha dos_Reis Teixeira "
     "Moura Campos Batista", ""),
    ("italian", "Europe", "gf",
     "Giuseppe Marco Luca Matteo Alessandro Davide Lorenzo Federico Niccolò Salvatore",
     "Giulia Chiara Francesca Sara Martina Alessia Federica Elisa Ilaria Beatrice",
     "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno De_Luca "
     "Di_Stefano Lombardi D'Angelo Fontana", ""),
    ("polish", "Europe", "gf",
     "Jakub Kacper Piotr Krzysztof Tomasz Paweł Łukasz Michał Grzegorz Wojciech",
     "Zofia Agnieszka Katarzyna Małgorzata Joanna Magdalena Aleksandra Ewa Dorota Barbara",
     "Kowalski Nowakowski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski "
     "Kozłowski Jankowski Mazur",
     "Kowalska Nowakowska Wiśniewska Wójcik Kamińska Lewandowska Zielińska Szymańska Dąbrowska "
     "Kozłowska Jankowska Mazur"),
    ("czech_slovak", "Europe", "gf",
     "Jiří Petr Jan Tomáš Ondřej Lukáš Martin Vojtěch Marek Juraj",
     "Jana Tereza Eliška Lucie Kateřina Markéta Zuzana Veronika Barbora Ľubica",
     "Novák Svoboda Dvořák Černý Procházka Kučera Veselý Horák Němec Kováč",
     "Nováková Svobodová Dvořáková Černá Procházková Kučerová Veselá Horáková Němcová Kováčová"),
    ("russian", "Europe", "gf",
     "Dmitry Sergey Alexei Ivan Nikolai Pavel Mikhail Andrei Yuri Vladimir",
     "Anastasia Ekaterina Olga Natalia Svetlana Irina Tatiana Yulia Daria Ksenia",
     "Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov",
     "Ivanova Smirnova Kuznetsova Popova Sokolova Lebedeva Kozlova Novikova Morozova Volkova"),
    ("ukrainian", "Europe", "gf",
     "Oleksandr Bohdan Taras Mykola Andriy Yaroslav Ostap Vasyl",
     "Oksana Olena Iryna Solomiia Khrystyna Nadiia Halyna Mariia",
     "Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchuk Oliynyk Boyko Hrytsenko Savchuk", ""),
    ("serbian_croatian", "Europe", "gf",
     "Nikola Luka Marko Stefan Dragan Milan Ivan Goran Zoran Dušan",
     "Milica Jelena Ana Ivana Dragana Snežana Maja Tamara Mirjana Vesna",
     "Jovanović Petrović Nikolić Marković Đorđević Stojanović Horvat Kovačević Babić Perić", ""),
    ("bulgarian", "Europe", "gf",
     "Georgi Dimitar Ivaylo Hristo Stoyan Plamen Todor Kaloyan",
     "Desislava Ralitsa Tsvetelina Yordanka Mariya Gergana Radostina Veselina",
     "Petrov Georgiev Dimitrov Hristov Todorov Stoyanov Angelov Nikolov",
     "Petrova Georgieva Dimitrova Hristova Todorova Stoyanova Angelova Nikolova"),
    ("romanian", "Europe", "gf",
     "Andrei Mihai Ștefan Bogdan Radu Cristian Ionuț Florin Adrian Sorin",
     "Ioana Andreea Elena Alexandra Mihaela Roxana Cristina Bianca Irina Oana",
     "Popescu Ionescu Popa Stan Dumitrescu Constantinescu Munteanu Țurcanu Ștefănescu Rădulescu", ""),
    ("hungarian", "Europe", "fg",
     "Bence Máté Levente Dániel Gergő Zoltán László Attila Csaba Ádám",
     "Zsófia Réka Boglárka Eszter Katalin Anikó Ildikó Noémi Dóra Krisztina",
     "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp", ""),
    ("greek", "Europe", "gf",
     "Giorgos Dimitris Konstantinos Nikos Yannis Christos Panagiotis Vasilis Stavros Thanasis",
     "Eleni Katerina Maria Sofia Vasiliki Georgia Dimitra Anastasia Christina Eirini",
     "Papadopoulos Georgiou Dimitriou Nikolaidis Konstantinidis Papageorgiou Oikonomou Karagiannis "
     "Vlachos Angelopoulos",
     "Papadopoulou Georgiou Dimitriou Nikolaidou Konstantinidou Papageorgiou Oikonomou Karagianni "
     "Vlachou Angelopoulou"),
    ("swedish", "Europe", "gf",
     "Erik Lars Anders Johan Karl Nils Oskar Axel Gustav Björn",
     "Astrid Ingrid Maja Elsa Linnéa Karin Sigrid Ebba Frida Märta",
     "Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Bergström Sjöberg Åkesson", ""),
    ("norwegian_danish", "Europe", "gf",
     "Magnus Sindre Håkon Eirik Mads Rasmus Søren Kasper Jens Torben",
     "Ingeborg Solveig Ragnhild Tuva Sofie Mette Signe Freja Line Rikke",
     "Hansen Johansen Olsen Larsen Andersen Pedersen Nielsen Kristiansen Jensen Sørensen Bjørnstad "
     "Haugen Strøm Dahl", ""),
    ("finnish", "Europe", "gf",
     "Juha Mikko Jukka Timo Antti Eero Ville Aleksi Onni Lauri",
     "Aino Helmi Sanna Päivi Tiina Kaisa Minna Satu Venla Eveliina",
     "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen", ""),
    ("icelandic", "Europe", "gf",
     "Guðmundur Sigurður Jón Gunnar Ólafur Einar Kristján Þórður",
     "Guðrún Anna Sigríður Kristín Margrét Helga Þóra Sólveig",
     "Jónsson Sigurðsson Guðmundsson Gunnarsson Ólafsson Einarsson Kristjánsson Magnússon",
     "Jónsdóttir Sigurðardóttir Guðmundsdóttir Gunnarsdóttir Ólafsdóttir Einarsdóttir "
     "Kristjánsdóttir Magnúsdóttir"),
    ("lithuanian_latvian", "Europe", "gf",
     "Mantas Tomas Darius Žygimantas Andris Jānis Mindaugas Kęstutis",
     "Gintarė Rūta Austėja Jurgita Ilze Līga Agnė Dovilė",
     "Kazlauskas Petrauskas Jankauskas Stankevičius Vasiliauskas Žukauskas Paulauskas Butkus",
     "Kazlauskienė Petrauskienė Jankauskienė Stankevičienė Vasiliauskienė Žukauskienė Paulauskienė "
     "Butkienė"),
    ("turkish", "Middle East", "gf",
     "Mehmet Mustafa Ahmet Emre Burak Oğuz Çağlar Serkan Hakan Yiğit",
     "Ayşe Fatma Zeynep Elif Büşra Gülşen Özlem Şeyma Merve Dilek",
     "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Koç", ""),
    ("albanian", "Europe", "gf",
     "Arben Besnik Dritan Ermal Fatmir Genti",
     "Arta Blerta Drita Elira Fjolla Mimoza",
     "Hoxha Krasniqi Berisha Gashi Shehu Dervishi Kelmendi Bytyqi", ""),
    ("arabic_levant", "Middle East", "gf",
     "Omar Khaled Ziad Rami Tarek Samir Bassam Nabil Karim Fadi",
     "Layla Rania Nour Hiba Dima Rasha Lina Maya Yasmin Reem",
     "Haddad Khoury Nassar Haddadin Mansour Saleh Al-Masri Awad Sabbagh Hamdan Abu_Zaid El-Khoury", ""),
    ("arabic_gulf", "Middle East", "gf",
     "Abdullah Faisal Saud Sultan Hamad Nasser Mansour Turki Majed Rashid",
     "Noura Fatima Mariam Hessa Maha Latifa Shaikha Aisha Alanoud Dana",
     "Al-Otaibi Al-Harbi Al-Qahtani Al-Mutairi Al_Nahyan Al-Shamsi bin_Rashid Al-Dosari Al-Ghamdi "
     "Al-Zahrani", ""),
    ("egyptian", "Africa", "gf",
     "Mahmoud Ahmed Mostafa Hossam Sherif Amr Tamer Waleed",
     "Mona Heba Dina Salma Yasmine Nermeen Aya Shaimaa",
     "Abdel-Rahman El-Sayed Mahmoud Hassan Fawzy Soliman Abdelaziz Ragab Shawky Farouk", ""),
    ("maghrebi", "Africa", "gf",
     "Youssef Mehdi Hamza Anouar Rachid Karim Nabil Said Amine Walid",
     "Salma Imane Khadija Soukaina Meriem Nadia Houda Samira Zineb Amal",
     "Benali Bouzid El_Idrissi Benjelloun Haddad Mansouri Belkacem Cherif Ait_Ahmed Zerrouki Benmoussa "
     "Ouali", ""),
    ("persian", "Middle East", "gf",
     "Reza Mehdi Arash Babak Kourosh Dariush Farhad Siavash Kian Omid",
     "Shirin Parisa Leila Maryam Nasrin Ladan Roya Golnaz Azadeh Mahsa",
     "Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Tehrani Jafari Sadeghi Ebrahimi Kazemi Rahimi", ""),
    ("hebrew", "Middle East", "gf",
     "Yosef Avraham Itai Noam Eitan Yonatan Oren Amit Gilad Ariel",
     "Tamar Noa Shira Yael Michal Tal Hila Ayelet Maayan Einav",
     "Cohen Levi Mizrahi Peretz Biton Friedman Shapiro Ben-David Avraham Azoulay Rosenberg Katz", ""),
    ("georgian", "Caucasus", "gf",
     "Giorgi Levan Davit Nika Irakli Zurab Lasha Tornike",
     "Nino Tamar Mariam Ketevan Salome Ana Eka Natia",
     "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Bolkvadze Kvaratskhelia Abashidze "
     "Jorbenadze", ""),
    ("armenian", "Caucasus", "gf",
     "Aram Tigran Armen Hayk Gor Narek Vahe Ashot",
     "Ani Lilit Anahit Mariam Nare Siranush Gayane Tatev",
     "Petrosyan Hovhannisyan Sargsyan Harutyunyan Grigoryan Khachatryan Avetisyan Karapetyan Manukyan "
     "Vardanyan", ""),
    ("kazakh_uzbek", "Central Asia", "gf",
     "Nurlan Yerlan Arman Daniyar Timur Bakhtiyar Sardor Jasur Otabek Rustam",
     "Aigerim Dana Madina Aruzhan Gulnara Dilnoza Nilufar Zarina Kamila Saule",
     "Nurlanov Sultanov Abenov Karimov Yusupov Rakhimov Tashkentov Akhmetov Bekov Zhaksybekov",
     "Nurlanova Sultanova Abenova Karimova Yusupova Rakhimova Tashkentova Akhmetova Bekova Zhaksybekova"),
    ("hindi", "South Asia", "gf",
     "Aarav Rohan Vivek Arjun Rahul Siddharth Aditya Ankit Nikhil Harsh",
     "Priya Ananya Kavya Neha Pooja Shreya Aditi Ishita Divya Sneha",
     "Sharma Verma Gupta Agarwal Mishra Srivastava Tiwari Pandey Joshi Chaturvedi Saxena Yadav", ""),
    ("tamil_telugu", "South Asia", "gf",
     "Karthik Senthil Arun Venkatesh Srinivas Balaji Murugan Ravi Suresh Prakash",
     "Lakshmi Meenakshi Deepa Kavitha Revathi Sangeetha Anitha Divya Sowmya Padma",
     "Subramanian Krishnan Raghavan Venkataraman Iyer Pillai Reddy Naidu Rao Chandrasekaran "
     "Ramasamy Natarajan", ""),
    ("bengali", "South Asia", "gf",
     "Arnab Sourav Debashish Tanvir Rafiq Anirban Sayan Imran",
     "Moumita Tanushree Riya Nusrat Farzana Sharmin Payel Sumana",
     "Chatterjee Banerjee Mukherjee Bhattacharya Chowdhury Das Sen Ghosh Rahman Hossain Islam Sarkar", ""),
    ("punjabi", "South Asia", "gf",
     "Gurpreet Harjit Jaswinder Manpreet Amrit Navdeep Kulwinder Sukhwinder",
     "Harpreet Simran Jasleen Navneet Gurleen Amanjot Rupinder Baljeet",
     "Singh Gill Sandhu Dhillon Sidhu Grewal Bains Randhawa",
     "Kaur Gill Sandhu Dhillon Sidhu Grewal Bains Randhawa"),
    ("pakistani", "South Asia", "gf",
     "Ali Hassan Usman Bilal Hamza Zain Faisal Adnan Imran Junaid",
     "Ayesha Fatima Sana Hira Mahnoor Zainab Sadia Amna Iqra Rabia",
     "Khan Qureshi Malik Chaudhry Butt Siddiqui Sheikh Abbasi Mirza Raza Hashmi Baig", ""),
    ("sinhala_nepali", "South Asia", "gf",
     "Kasun Nuwan Chaminda Dinesh Prakash Bikash Suman Rajendra",
     "Nadeeka Dilani Tharushi Sachini Sunita Anjali Srijana Pramila",
     "Perera Fernando Silva Jayasuriya Wickramasinghe Bandara Shrestha Thapa Gurung Adhikari Karki "
     "Rai", ""),
    ("chinese", "East Asia", "either",
     "Wei Jun Hao Lei Tao Jie Ming Zhiwei Haoran Yifan",
     "Li_Na Xiu Ying Mei Fang Jing Xiaoling Yuting Shuang Jiayi",
     "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Zhu Ma Hu Guo", ""),
    ("cantonese_taiwanese", "East Asia", "either",
     "Ka-Wai Chun-Kit Wing-Hong Chia-Hao Cheng-Han Kai-Ming",
     "Mei-Ling Wing-Yan Hui-Min Shu-Fen Ya-Ting Pui-Shan",
     "Chan Wong Leung Cheung Lau Ng Tsai Lin Hsu Kuo Chiu", ""),
    ("japanese", "East Asia", "either",
     "Haruto Sota Yuto Ren Hiroshi Takeshi Kenji Daisuke Shota Yuki",
     "Yui Hina Sakura Aoi Yuna Misaki Haruka Naoko Emi Ayaka",
     "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
     "Sasaki Matsumoto Inoue", ""),
    ("korean", "East Asia", "either",
     "Min-jun Seo-jun Ji-ho Jae-won Hyun-woo Dong-hyun Sung-min Tae-yang",
     "Min-seo Seo-yeon Ji-woo Ha-eun Soo-jin Ye-jin Eun-ji Hye-won",
     "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin", ""),
    ("vietnamese", "South-East Asia", "fg",
     "Minh Tuấn Hùng Dũng Quang Khánh Phúc Long Thắng Huy",
     "Linh Trang Hương Thảo Ngọc Lan Mai Phương Hà Vy",
     "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ", ""),
    ("thai", "South-East Asia", "gf",
     "Somchai Anan Chaiwat Kittisak Nattapong Prasert Sompong Thanawat",
     "Siriporn Nattaya Kanya Ploy Suda Pimchanok Wassana Rattana",
     "Srisuk Wongsawat Chaiyaporn Saetang Kittikun Rattanakorn Boonmee Thongchai Phromma Jantarasorn", ""),
    ("filipino", "South-East Asia", "gf",
     "Jose_Miguel Paolo Rodel Jomar Mark_Anthony Rey Arnel Jericho",
     "Maricel Rowena Kristine Jasmine Mary_Grace Rhea Lovely Analyn",
     "Santos Reyes Cruz Bautista Dela_Cruz Mendoza Villanueva Aquino Garcia Manalo Dimaculangan "
     "Macaraeg", ""),
    ("indonesian_malay", "South-East Asia", "gf",
     "Budi Agus Bambang Rizky Hafiz Faizal Aiman Syafiq",
     "Siti Dewi Ratna Putri Nurul Aisyah Farah Intan",
     "Santoso Wijaya Susanto Hidayat Pratama Setiawan bin_Ahmad bin_Ismail Kusuma Nugroho",
     "Santoso Wijaya Susanto Hidayat Pratama Setiawan binti_Ahmad binti_Ismail Kusuma Nugroho"),
    ("yoruba", "Africa", "gf",
     "Oluwaseun Babatunde Adewale Olumide Ayodeji Kayode Femi Tunde",
     "Folasade Adebola Oluwakemi Yetunde Titilayo Funmilayo Bukola Omolara",
     "Adeyemi Ogunleye Adebayo Olaniyan Akinola Ogunbiyi Oladipo Adewumi Balogun Ajayi", ""),
    ("igbo_hausa", "Africa", "gf",
     "Chinedu Emeka Obinna Ikenna Chukwuemeka Musa Abubakar Ibrahim Sani Aminu",
     "Ngozi Chiamaka Adaeze Nneka Ifeoma Hauwa Zainab Amina Halima Fatima",
     "Okafor Okonkwo Eze Nwosu Obi Chukwu Nwachukwu Bello Abdullahi Yusuf Danjuma Garba", ""),
    ("akan", "Africa", "gf",
     "Kwame Kofi Kwabena Yaw Kojo Kwaku Nana Kwesi",
     "Ama Akosua Abena Yaa Efua Adwoa Akua Esi",
     "Mensah Boateng Owusu Asante Osei Agyeman Appiah Ofori Darko Amoah", ""),
    ("east_african", "Africa", "gf",
     "Jabari Kamau Otieno Baraka Juma Mwangi Kiprono Eliud Amani Tumaini",
     "Akinyi Wambui Njeri Achieng Zawadi Neema Rehema Chebet Nyokabi Imani",
     "Kamau Mwangi Otieno Ochieng Njoroge Kiplagat Wanyama Mutua Kariuki Omondi Mushi Mwakyusa", ""),
    ("ethiopian_somali", "Africa", "gf",
     "Abebe Tesfaye Dawit Yonas Mekonnen Abdirahman Mohamed Liban",
     "Selam Hirut Meron Tigist Bethlehem Hodan Ayaan Fadumo",
     "Tadesse Bekele Haile Girma Wolde Alemu Mengistu Warsame Farah Abdi Jama Hirsi", ""),
    ("southern_african", "Africa", "gf",
     "Sipho Thabo Themba Lwazi Mandla Bongani Tshepo Kagiso Johan Pieter",
     "Nomvula Thandiwe Lindiwe Zanele Palesa Naledi Ayanda Busisiwe Annelie Marlize",
     "Dlamini Nkosi Ndlovu Khumalo Mokoena Mahlangu Zulu Mthembu van_der_Merwe Botha Pretorius "
     "du_Plessis Venter", ""),
    ("us_american", "Americas", "gf",
     "Tyler Brandon Cody Dustin Jaxon Hunter Mason Wyatt Colton Garrett Chase Lane",
     "Madison Brittany Kayla Ashley Hailey Savannah Brooke McKenzie Destiny Kaitlyn Summer Paige",
     "Williams Johnson Miller Davis Anderson Jackson White Harris Martin Thompson Moore Young King "
     "Baker Nelson Carter Mitchell Perez Roberts Phillips Campbell Parker Collins Stewart", ""),
    ("african_american", "Americas", "gf",
     "DeShawn Jamal Darnell Tyrone Marcus Andre Malik Terrence",
     "Aaliyah Imani Keisha Latoya Shanice Tamika Ebony Jasmine",
     "Washington Jefferson Banks Freeman Booker Dorsey Mayfield Holloway Gaines Tillman", ""),
    ("mexican", "Americas", "gf",
     "Juan_Carlos Luis Fernando Alejandro Ricardo Eduardo Héctor Armando Octavio Guadalupe",
     "Guadalupe Ximena Fernanda Valeria Daniela Itzel Yesenia Araceli Maribel Citlali",
     "Hernández García Martínez López González Rodríguez Ramírez Flores Cruz Morales Reyes Gutiérrez "
     "de_la_Cruz Castañeda Villaseñor Zúñiga", ""),
    ("andean_argentine", "Americas", "gf",
     "Mateo Santiago Joaquín Facundo Agustín Nicolás Wilmer Edwin Ramiro Gonzalo",
     "Camila Valentina Florencia Agustina Milagros Rosario Yanet Marisol Luz Wara",
     "Quispe Mamani Huamán Condori Flores Choque Rossi Giménez Fernández Pereyra Benítez Acosta "
     "Sosa Ríos", ""),
    ("caribbean", "Americas", "gf",
     "Dwayne Andre Kemar Shane Rohan Damion Omari Jermaine",
     "Shantel Kerry-Ann Tanisha Alicia Nadine Sherika Renée Monique",
     "Campbell Brown Williams Thompson Clarke Reid Francis Gordon Ramdass Persaud Maharaj Mohammed", ""),
    ("maori_pacific", "Pacific", "gf",
     "Tane Wiremu Hemi Rawiri Nikau Sione Tevita Ioane Manaia Keanu",
     "Aroha Mere Ngaio Anahera Kiri Losana Mele Sina Leilani Malia",
     "Ngata Te_Rangi Parata Tipene Walker Faleolo Tuilagi Vaifale Tupou Fifita Kealoha Makoa", ""),
    ("australian", "Pacific", "gf",
     "Lachlan Cooper Mitchell Brodie Hayden Jarrah Riley Ky",
     "Chloe Jessica Tahlia Kiara Brooke Alana Sienna Matilda",
     "Nguyen Kelly O'Neill Fitzgerald Sullivan Maguire Baxter Prentice Wheeler Hutchinson", ""),
]

# Words that are particles or connectors: left out of the leak check and of account names.
PARTICLES = {
    "van", "der", "den", "de", "la", "le", "du", "des", "da", "das", "dos", "do", "di", "del", "della",
    "von", "zu", "ter", "te", "t", "'t", "bin", "binti", "bint", "ibn", "al", "el", "abu", "ben", "y",
    "o", "ó", "ní", "mac", "mc", "d", "st", "dela",
}

# (tradition, gender, native given, native family, romanised given, romanised family, native order)
# native order: "fg_nospace" (CJK), "fg" (family first with a space), "gf".
NATIVE: list[tuple[str, str, str, str, str, str, str]] = [
    ("japanese", "m", "太郎", "山田", "Taro", "Yamada", "fg_nospace"),
    ("japanese", "f", "花子", "佐藤", "Hanako", "Sato", "fg_nospace"),
    ("japanese", "f", "美咲", "高橋", "Misaki", "Takahashi", "fg_nospace"),
    ("chinese", "m", "伟", "王", "Wei", "Wang", "fg_nospace"),
    ("chinese", "f", "秀英", "李", "Xiuying", "Li", "fg_nospace"),
    ("chinese", "m", "志强", "张", "Zhiqiang", "Zhang", "fg_nospace"),
    ("korean", "f", "민서", "김", "Min-seo", "Kim", "fg_nospace"),
    ("korean", "m", "지훈", "박", "Ji-hoon", "Park", "fg_nospace"),
    ("russian", "m", "Дмитрий", "Соколов", "Dmitry", "Sokolov", "gf"),
    ("russian", "f", "Ольга", "Кузнецова", "Olga", "Kuznetsova", "gf"),
    ("ukrainian", "f", "Оксана", "Шевченко", "Oksana", "Shevchenko", "gf"),
    ("bulgarian", "m", "Георги", "Петров", "Georgi", "Petrov", "gf"),
    ("serbian_croatian", "f", "Милица", "Јовановић", "Milica", "Jovanovic", "gf"),
    ("greek", "m", "Γιώργος", "Παπαδόπουλος", "Giorgos", "Papadopoulos", "gf"),
    ("greek", "f", "Ελένη", "Οικονόμου", "Eleni", "Oikonomou", "gf"),
    ("arabic_levant", "m", "عمر", "حداد", "Omar", "Haddad", "gf"),
    ("arabic_gulf", "f", "نورة", "القحطاني", "Noura", "Al-Qahtani", "gf"),
    ("persian", "f", "شیرین", "حسینی", "Shirin", "Hosseini", "gf"),
    ("hebrew", "m", "יונתן", "כהן", "Yonatan", "Cohen", "gf"),
    ("hindi", "f", "प्रिया", "शर्मा", "Priya", "Sharma", "gf"),
    ("hindi", "m", "राहुल", "वर्मा", "Rahul", "Verma", "gf"),
    ("bengali", "m", "অর্ণব", "চ্যাটার্জি", "Arnab", "Chatterjee", "gf"),
    ("tamil_telugu", "f", "லட்சுமி", "கிருஷ்ணன்", "Lakshmi", "Krishnan", "gf"),
    ("tamil_telugu", "m", "శ్రీనివాస్", "రెడ్డి", "Srinivas", "Reddy", "gf"),
    ("punjabi", "m", "ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", "Gurpreet", "Singh", "gf"),
    ("thai", "m", "สมชาย", "ศรีสุข", "Somchai", "Srisuk", "gf"),
    ("thai", "f", "ศิริพร", "บุญมี", "Siriporn", "Boonmee", "gf"),
    ("georgian", "f", "ნინო", "ბერიძე", "Nino", "Beridze", "gf"),
    ("armenian", "m", "Տիգրան", "Պետրոսյան", "Tigran", "Petrosyan", "gf"),
    ("ethiopian_somali", "m", "አበበ", "በቀለ", "Abebe", "Bekele", "gf"),
    ("kazakh_uzbek", "f", "Айгерим", "Нурланова", "Aigerim", "Nurlanova", "gf"),
]

_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
         "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "Œ": "OE", "’": "'"}


def fold(s: str) -> str:
    """ASCII-fold a Latin-script string (diacritics removed, a few letters spelled out)."""
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _split(words: str) -> list[str]:
    return [w.replace("_", " ") for w in words.split()]


def load() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for key, region, order, gm, gf, sur, surf in TRADITIONS:
        s = _split(sur)
        sf = _split(surf) if surf else s
        if len(sf) != len(s):
            raise ValueError(f"{key}: gendered surname lists differ in length")
        out[key] = {"region": region, "order": order, "m": _split(gm), "f": _split(gf), "s": s, "sf": sf}
    return out


TRAD = load()


def stats() -> dict[str, int]:
    given = {g for t in TRAD.values() for g in t["m"] + t["f"]}
    sur = {s for t in TRAD.values() for s in t["s"] + t["sf"]}
    return {"traditions": len(TRAD), "regions": len({t["region"] for t in TRAD.values()}),
            "given": len(given), "surnames": len(sur), "native_pairs": len(NATIVE),
            "native_languages": len({n[0] for n in NATIVE})}


if __name__ == "__main__":
    for k, v in stats().items():
        print(f"{k:18s} {v}")
