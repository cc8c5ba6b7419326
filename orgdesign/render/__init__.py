"""orgdesign.render"""
