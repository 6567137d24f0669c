print("not published")
