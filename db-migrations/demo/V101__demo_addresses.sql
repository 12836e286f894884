-- Postal addresses of the demo customers (invented), for detection of the customer's own address.
update customer set street = 'Lindenallee 14', postcode = '50667', city = 'Köln'
 where id = 'a0000000-0000-4000-8000-000000000001';
update customer set street = 'Hauptstraße 5', postcode = '10115', city = 'Berlin'
 where id = 'a0000000-0000-4000-8000-000000000002';
update customer set street = '22 Baker Street', postcode = 'NW1 6XE', city = 'London'
 where id = 'a0000000-0000-4000-8000-000000000003';
